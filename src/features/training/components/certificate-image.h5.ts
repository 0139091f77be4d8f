import { drawCertificate } from '../model/certificate-drawing'
import { CERTIFICATE_SIZE, type CertificateLine } from '../model/certificate-layout'

export const CERTIFICATE_CANVAS_ID = 'training-certificate-canvas'

export type SaveImageOutcome = 'saved' | 'privacy-declined' | 'album-denied' | 'failed'

/** H5: the certificate drawn on a canvas of its own and downloaded as a PNG. */
export async function saveCertificateImage(lines: readonly CertificateLine[], fileName: string): Promise<SaveImageOutcome> {
  const canvas = document.createElement('canvas')
  canvas.width = CERTIFICATE_SIZE.width
  canvas.height = CERTIFICATE_SIZE.height
  const context = canvas.getContext('2d')
  if (context === null) return 'failed'
  drawCertificate(context, lines)
  const link = document.createElement('a')
  link.href = canvas.toDataURL('image/png')
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  return 'saved'
}
