import { asyncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'
import type { TempFiles } from './media'

/** A document the app opened in WeChat's viewer. */
export interface OpenedDocument {
  readonly fileType: string
  readonly content: Buffer
}

/** The file types WeChat's document viewer opens (openDocument's `fileType`). */
const DOCUMENT_TYPES = new Set(['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'])

/**
 * Downloading a file to a temporary path (`downloadFile`, from the machine's own servers only, as the
 * harness reaches nothing else) and opening it in WeChat's document viewer (`openDocument`), which
 * the test reads back as `opened`.
 */
export function createDocuments(context: FakeContext, files: TempFiles) {
  const opened: OpenedDocument[] = []
  const apis: Record<string, WxApi> = {
    downloadFile: asyncApi(context, 'downloadFile', async options => {
      const url = typeof options.url === 'string' ? options.url : ''
      if (!/^https?:\/\/127\.0\.0\.1[:/]/.test(url)) context.unexpected('downloadFile', `a download from outside this machine: ${url}`)
      const response = await fetch(url)
      const content = Buffer.from(await response.arrayBuffer())
      const extension = /\.([A-Za-z0-9]{1,5})(?:[?#]|$)/.exec(new URL(url).pathname)?.[1] ?? 'bin'
      return { tempFilePath: files.add(content, extension), statusCode: response.status }
    }),
    openDocument: asyncApi(context, 'openDocument', options => {
      const filePath = typeof options.filePath === 'string' ? options.filePath : ''
      const fileType = typeof options.fileType === 'string' ? options.fileType : ''
      if (fileType !== '' && !DOCUMENT_TYPES.has(fileType)) throw new WxFailure(`parameter.fileType should be one of ${[...DOCUMENT_TYPES].join(', ')}`)
      const content = files.read(filePath)
      const extension = /\.([A-Za-z0-9]+)$/.exec(filePath)?.[1] ?? ''
      // Without fileType WeChat goes by the path's extension, and a temporary file of a link without one has none.
      if (fileType === '' && !DOCUMENT_TYPES.has(extension)) throw new WxFailure('filetype not supported')
      opened.push({ fileType: fileType === '' ? extension : fileType, content })
      context.changed()
      return {}
    }),
  }
  return { apis, opened: opened as ReadonlyArray<OpenedDocument> }
}
