import Taro from '@tarojs/taro'
import { clientEnv } from './env'
import { readDemoOpenid } from './demo-openid'
import type { UploadArea } from '../domain/storage/upload-folder'
import { newPhotoPath } from './photo-path'
import type { PhotoUpload } from './photo-upload-types'
import { myUploadFolder } from './upload-folder'

const COMPRESS_QUALITY = 0.6
const MAX_WIDTH = 1280

/** Taro's compressImage is not available on H5: redraw the photo smaller on a canvas. */
async function compressed(file: Blob): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, MAX_WIDTH / bitmap.width)
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/jpeg', COMPRESS_QUALITY))
    return blob ?? file
  } catch {
    return file
  }
}

/**
 * H5 (local stack): the person picks one photo, it is shrunk in the browser and uploaded through
 * the emulator's stand-in for wx.cloud.uploadFile, as the demo identity, into their own folder of `area`.
 */
export async function chooseAndUploadPhoto(area: UploadArea): Promise<PhotoUpload> {
  let file: Blob
  let previewUrl: string
  try {
    const chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    const picked = chosen.tempFiles[0]
    if (picked === undefined || picked.originalFileObj === undefined) return { ok: false, reason: 'cancelled' }
    file = picked.originalFileObj
    previewUrl = picked.path
  } catch {
    return { ok: false, reason: 'cancelled' }
  }
  try {
    const [body, folder] = await Promise.all([compressed(file), myUploadFolder(area)])
    const response = await fetch(`${clientEnv.gateway}/client/storage/upload`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', 'X-WX-OPENID': readDemoOpenid(), 'X-Cloud-Path': encodeURIComponent(newPhotoPath(folder)) },
      body,
    })
    const answer: unknown = await response.json()
    const fileId = typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'fileID') : undefined
    if (!response.ok || typeof fileId !== 'string') return { ok: false, reason: 'failed' }
    return { ok: true, fileId, previewUrl }
  } catch {
    return { ok: false, reason: 'failed' }
  }
}
