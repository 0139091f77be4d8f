import Taro from '@tarojs/taro'
import { ensurePrivacyAuthorized } from '../../../lib/privacy/privacy-authorization'
import { drawCertificate, type CertificateContext } from '../model/certificate-drawing'
import { CERTIFICATE_SIZE, type CertificateLine } from '../model/certificate-layout'

/** The id of the page's hidden Canvas type="2d" the image is drawn on. */
export const CERTIFICATE_CANVAS_ID = 'training-certificate-canvas'

/** How saving went: saved, or what stands in the way (the page says what to do about each). */
export type SaveImageOutcome = 'saved' | 'privacy-declined' | 'album-denied' | 'failed'

const ALBUM_SCOPE = 'scope.writePhotosAlbum'

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): CertificateContext
}

function canvasNode(): Promise<CanvasNode | null> {
  return new Promise(resolve => {
    Taro.createSelectorQuery()
      .select(`#${CERTIFICATE_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((answers: ReadonlyArray<{ readonly node?: CanvasNode } | null>) => resolve(answers[0]?.node ?? null))
  })
}

/**
 * Asks for the album as WeChat requires: the privacy authorisation first (saving to the album is a privacy
 * API), then the album scope, asked once; once refused WeChat does not ask again, and only the settings
 * page (a button with openType="openSetting") can allow it.
 */
async function albumAllowed(): Promise<'yes' | 'privacy-declined' | 'album-denied'> {
  if (!(await ensurePrivacyAuthorized())) return 'privacy-declined'
  const setting = await Taro.getSetting()
  const allowed: unknown = Reflect.get(setting.authSetting, ALBUM_SCOPE)
  if (allowed === true) return 'yes'
  if (allowed === false) return 'album-denied'
  try {
    await Taro.authorize({ scope: ALBUM_SCOPE })
    return 'yes'
  } catch {
    return 'album-denied'
  }
}

/** weapp: draws the certificate on the page's Canvas 2D and saves it to the phone's album. */
export async function saveCertificateImage(lines: readonly CertificateLine[], _fileName: string): Promise<SaveImageOutcome> {
  const allowed = await albumAllowed()
  if (allowed !== 'yes') return allowed
  try {
    const canvas = await canvasNode()
    if (canvas === null) return 'failed'
    canvas.width = CERTIFICATE_SIZE.width
    canvas.height = CERTIFICATE_SIZE.height
    drawCertificate(canvas.getContext('2d'), lines)
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: canvas as unknown as Taro.Canvas, fileType: 'png' } as Taro.canvasToTempFilePath.Option)
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    return 'saved'
  } catch {
    return 'failed'
  }
}
