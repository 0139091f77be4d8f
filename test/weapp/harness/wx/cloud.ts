import { asyncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'
import type { NetworkFake } from './network'
import type { TempFiles } from './media'

/** Who the person is to CloudBase: the identity `wx.cloud` calls carry, and where they go. */
export interface CloudIdentity {
  /** The emulator's origin, e.g. http://127.0.0.1:9000: calls go through its client gateway. */
  readonly gatewayOrigin: string
  readonly openid: string
  readonly appid?: string
}

/** One `wx.cloud.callFunction` as the harness saw it. */
export interface CloudCall {
  readonly name: string
  readonly data: unknown
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * `wx.cloud`: callFunction and uploadFile reach the emulator's client gateway as this person, so
 * the real built functions run through the real SDK, as they do for the H5 app. No signal fails
 * the call the way wx.cloud fails it on a phone.
 */
export function createCloud(context: FakeContext, identity: CloudIdentity, network: NetworkFake, files: TempFiles) {
  let env: string | null = null
  const calls: CloudCall[] = []

  const requireInit = () => {
    if (env === null) throw new WxFailure('Cloud API isn\'t enabled, please call wx.cloud.init first', { errCode: -601034 })
  }
  const requireSignal = (api: string) => {
    if (!network.online) throw new WxFailure('request:fail', { errCode: -1, errMsg: `cloud.${api}:fail Error: errCode: -1 | errMsg: request:fail` })
  }
  const headers = (extra: Record<string, string>) => ({ 'X-WX-OPENID': identity.openid, ...(identity.appid ? { 'X-WX-APPID': identity.appid } : {}), ...extra })

  const apis: Record<string, WxApi> = {
    init: (config?: unknown) => {
      const configured = isRecord(config) ? config.env : undefined
      env = typeof configured === 'string' ? configured : isRecord(configured) && typeof configured.functions === 'string' ? configured.functions : 'default'
    },
    callFunction: asyncApi(context, 'cloud.callFunction', async options => {
      requireInit()
      if (typeof options.name !== 'string' || options.name === '') throw new WxFailure('parameter.name should be String')
      const data = options.data === undefined ? {} : options.data
      calls.push({ name: options.name, data: JSON.parse(JSON.stringify(data)) as unknown })
      requireSignal('callFunction')
      const response = await fetch(`${identity.gatewayOrigin}/client/functions/${encodeURIComponent(options.name)}`, {
        method: 'POST',
        headers: headers({ 'content-type': 'application/json' }),
        body: JSON.stringify(data),
      })
      const body: unknown = await response.json()
      if (!response.ok || !isRecord(body)) {
        const errCode = isRecord(body) && typeof body.errCode === 'number' ? body.errCode : -1
        const errMsg = isRecord(body) && typeof body.errMsg === 'string' ? body.errMsg : `cloud.callFunction:fail HTTP ${response.status}`
        throw new WxFailure(errMsg, { errCode, errMsg })
      }
      return { result: body.result, requestID: body.requestID }
    }),
    uploadFile: asyncApi(context, 'cloud.uploadFile', async options => {
      requireInit()
      if (typeof options.cloudPath !== 'string' || options.cloudPath === '') throw new WxFailure('parameter.cloudPath should be String')
      if (typeof options.filePath !== 'string') throw new WxFailure('parameter.filePath should be String')
      const content = files.read(options.filePath)
      requireSignal('uploadFile')
      const response = await fetch(`${identity.gatewayOrigin}/client/storage/upload`, {
        method: 'POST',
        headers: headers({ 'X-Cloud-Path': encodeURIComponent(options.cloudPath), ...(env && env !== 'default' ? { 'X-WX-ENV': env } : {}) }),
        body: new Uint8Array(content),
      })
      const body: unknown = await response.json()
      if (!response.ok || !isRecord(body) || typeof body.fileID !== 'string') {
        const errMsg = isRecord(body) && typeof body.errMsg === 'string' ? body.errMsg : `cloud.uploadFile:fail HTTP ${response.status}`
        throw new WxFailure(errMsg, { errCode: isRecord(body) && typeof body.errCode === 'number' ? body.errCode : -1, errMsg })
      }
      return { fileID: body.fileID, statusCode: 200 }
    }),
  }
  return { apis, calls: calls as readonly CloudCall[] }
}
