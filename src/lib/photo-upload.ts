import Taro from '@tarojs/taro'
import { initCloud } from './cloud-transport'
import type { UploadArea } from '../domain/storage/upload-folder'
import { newPhotoPath } from './photo-path'
import type { PhotoUpload } from './photo-upload-types'
import { myUploadFolder } from './upload-folder'
import { ensurePrivacyAuthorized } from './privacy/privacy-authorization'

/** Good enough to see a locked door or a broken microwave, small enough for a weak signal (~150 KB). */
const COMPRESS_QUALITY = 60
const MAX_WIDTH = 1280

async function compressed(path: string): Promise<string> {
  try {
    const result = await Taro.compressImage({ src: path, quality: COMPRESS_QUALITY, compressedWidth: MAX_WIDTH })
    return result.tempFilePath
  } catch {
    // Older WeChat versions lack compressedWidth; the picker's own "compressed" copy is still small.
    return path
  }
}

/**
 * weapp: the person takes or picks one photo, it is compressed on the phone and uploaded to cloud
 * storage in the person's own folder of `area` with `Taro.cloud.uploadFile`. The camera and album need WeChat's privacy
 * authorisation first.
 */
export async function chooseAndUploadPhoto(area: UploadArea): Promise<PhotoUpload> {
  if (!(await ensurePrivacyAuthorized())) return { ok: false, reason: 'cancelled' }
  let path: string
  try {
    const chosen = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'] })
    const file = chosen.tempFiles[0]
    if (file === undefined) return { ok: false, reason: 'cancelled' }
    path = file.tempFilePath
  } catch {
    return { ok: false, reason: 'cancelled' }
  }
  try {
    initCloud()
    const [small, folder] = await Promise.all([compressed(path), myUploadFolder(area)])
    const uploaded = await Taro.cloud.uploadFile({ cloudPath: newPhotoPath(folder), filePath: small })
    return { ok: true, fileId: uploaded.fileID, previewUrl: small }
  } catch {
    return { ok: false, reason: 'failed' }
  }
}
