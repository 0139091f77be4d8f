import { asyncApi, syncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'
import type { PrivacyFake } from './privacy'

/** A photo the person takes or picks when the app asks (chooseMedia, chooseImage). */
export interface PickedPhoto {
  readonly content: Buffer
  readonly extension?: 'jpg' | 'png'
}

/** WeChat's temporary files (`http://tmp/…`): what the pickers return and uploads read. */
export interface TempFiles {
  add(content: Buffer, extension: string): string
  read(path: string): Buffer
}

export function createTempFiles(): TempFiles {
  const files = new Map<string, Buffer>()
  let next = 1
  return {
    add(content, extension) {
      const path = `http://tmp/harness-${next++}.${extension}`
      files.set(path, content)
      return path
    },
    read(path) {
      const content = files.get(path)
      if (content === undefined) throw new WxFailure(`no such file or directory ${path}`)
      return content
    },
  }
}

/**
 * The photo pickers, image compression and the file system the app reads photos with. What the
 * person picks is queued by the test (`pickPhotos`); a picker with nothing queued is unexpected.
 */
export function createMedia(context: FakeContext, privacy: PrivacyFake, files: TempFiles) {
  const queued: Array<readonly PickedPhoto[] | 'cancel'> = []
  const previewed: string[][] = []

  const pick = async (api: string) => {
    await privacy.authorize(api)
    const next = queued.shift()
    if (next === undefined) context.unexpected(api, 'the test did not say which photos the person picks (pickPhotos)')
    if (next === 'cancel') throw new WxFailure('cancel')
    return next.map(photo => {
      const extension = photo.extension ?? 'jpg'
      return { path: files.add(photo.content, extension), size: photo.content.length, extension }
    })
  }

  const apis: Record<string, WxApi> = {
    chooseMedia: asyncApi(context, 'chooseMedia', async () => {
      const picked = await pick('chooseMedia')
      return { type: 'image', tempFiles: picked.map(file => ({ tempFilePath: file.path, size: file.size, fileType: 'image', width: 1080, height: 1440 })) }
    }),
    chooseImage: asyncApi(context, 'chooseImage', async () => {
      const picked = await pick('chooseImage')
      return { tempFilePaths: picked.map(file => file.path), tempFiles: picked.map(file => ({ path: file.path, size: file.size })) }
    }),
    compressImage: asyncApi(context, 'compressImage', options => {
      if (typeof options.src !== 'string') throw new WxFailure('parameter.src should be String')
      // The harness keeps the bytes: the app's upload path is what is under test, not JPEG encoding.
      const content = files.read(options.src)
      return { tempFilePath: files.add(content, 'jpg') }
    }),
    getImageInfo: asyncApi(context, 'getImageInfo', options => {
      if (typeof options.src !== 'string') throw new WxFailure('parameter.src should be String')
      files.read(options.src)
      return { width: 1080, height: 1440, path: options.src, orientation: 'up', type: 'jpeg' }
    }),
    previewImage: asyncApi(context, 'previewImage', options => {
      previewed.push(Array.isArray(options.urls) ? options.urls.map(String) : [])
      context.changed()
      return {}
    }),
    getFileSystemManager: syncApi(context, 'getFileSystemManager', () => {
      context.unexpected('getFileSystemManager', 'the harness has no file system beyond the pickers\' temporary files')
    }),
  }
  return {
    apis,
    /** Queues what the person picks the next time a picker opens. */
    pickPhotos(photos: readonly PickedPhoto[] | 'cancel'): void {
      queued.push(photos)
    },
    previewed: previewed as ReadonlyArray<readonly string[]>,
  }
}
