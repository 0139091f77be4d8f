import type { PickedText } from './pick-text-file'

export type { PickedText } from './pick-text-file'

function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Text saved by a Chinese Windows (记事本, Word "纯文本") is GBK; GB18030 reads it and more.
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** H5: the browser's file chooser; UTF-8 or GBK text. Null: the person cancelled. */
export function pickTextFile(): Promise<PickedText> {
  return new Promise(resolve => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.txt,text/plain'
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) {
        resolve(null)
        return
      }
      file.arrayBuffer().then(
        bytes => resolve({ ok: true, name: file.name, text: decode(bytes) }),
        () => resolve({ ok: false, reason: '没能读取这个文件，请直接复制全文粘贴进来' }),
      )
    })
    input.addEventListener('cancel', () => resolve(null))
    input.click()
  })
}
