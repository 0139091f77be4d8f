import Taro from '@tarojs/taro'

/** A text file chosen by staff: its name and content, or why it could not be read. */
export type PickedText = { readonly ok: true; readonly name: string; readonly text: string } | { readonly ok: false; readonly reason: string } | null

/** Nothing read as UTF-8 that was not UTF-8 survives without replacement characters. */
const REPLACEMENT = '\uFFFD'

/**
 * weapp: a .txt file from a WeChat chat (where staff receive the bulletin), read as UTF-8. WeChat's file API
 * cannot decode GBK, so a file saved that way is refused with what to do instead. Null: the person cancelled.
 */
export async function pickTextFile(): Promise<PickedText> {
  let chosen: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['txt'] })
  } catch {
    return null
  }
  const file = chosen.tempFiles[0]
  if (!file) return null
  try {
    const text = await new Promise<string>((resolve, reject) => {
      Taro.getFileSystemManager().readFile({
        filePath: file.path,
        encoding: 'utf8',
        success: result => resolve(typeof result.data === 'string' ? result.data : ''),
        fail: reject,
      })
    })
    if (text.includes(REPLACEMENT)) return { ok: false, reason: '这个文件不是 UTF-8 编码，请在电脑上另存为 UTF-8，或直接复制全文粘贴进来' }
    return { ok: true, name: file.name, text }
  } catch {
    return { ok: false, reason: '没能读取这个文件，请直接复制全文粘贴进来' }
  }
}
