import QRCode from 'qrcode'
import { wechatError, wechatOk, type WechatAnswer } from './wechat-answer'

/** Characters WeChat allows in a scene: digits, letters and !#$&'()*+,/:;=?@-._~ */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
const ENV_VERSIONS = new Set(['release', 'trial', 'develop'])
const MIN_WIDTH = 280
const MAX_WIDTH = 1280
const DEFAULT_WIDTH = 430

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `/wxa/getwxacodeunlimit` (wxacode.getUnlimited). WeChat answers the image bytes over HTTPS; the
 * JSON cloud call (`wx.api`) cannot carry bytes, so the emulator answers
 * `{ errcode: 0, errmsg: 'ok', contentType: 'image/png', buffer: <base64 of the PNG> }`: a real QR
 * code encoding `<page>?scene=<scene>` (the page is empty for the home page), width clamped to
 * 280–1280 px as WeChat does. Errors: 40169 bad scene, 41030 bad page, 40097 bad env_version.
 */
export async function getWxacodeUnlimit(request: unknown): Promise<WechatAnswer> {
  if (!isRecord(request)) return wechatError(40097)
  const { scene, page, width, env_version: envVersion } = request
  if (typeof scene !== 'string' || !SCENE.test(scene)) return wechatError(40169)
  if (page !== undefined && (typeof page !== 'string' || page.startsWith('/') || page.includes('?'))) {
    return wechatError(41030, 'invalid page: no leading "/" and no query string (pass data in scene)')
  }
  if (envVersion !== undefined && (typeof envVersion !== 'string' || !ENV_VERSIONS.has(envVersion))) return wechatError(40097)
  if (width !== undefined && typeof width !== 'number') return wechatError(40097)
  const size = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width ?? DEFAULT_WIDTH)))
  const png = await QRCode.toBuffer(`${page ?? ''}?scene=${scene}`, { type: 'png', width: size, margin: 2, errorCorrectionLevel: 'M' })
  return wechatOk({ contentType: 'image/png', buffer: png.toString('base64') })
}
