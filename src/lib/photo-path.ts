import { newRequestId } from './request-id'

/**
 * Where a new photo goes in storage: `<folder><yyyy-mm>/<random>.jpg`. The month keeps folders
 * browsable for staff; the random part means two people never overwrite each other's photo.
 */
export function newPhotoPath(folder: string, now: Date = new Date()): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000)
  const month = `${shanghai.getUTCFullYear()}-${String(shanghai.getUTCMonth() + 1).padStart(2, '0')}`
  return `${folder}${month}/${newRequestId()}.jpg`
}
