import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ActionRequest } from '../action-registry'
import { EmulatorError, EmulatorErrorCode } from '../errors'
import { readBody } from '../http/read-body'
import { assertLoopbackRequest } from '../gateway/loopback'
import { sendJson } from '../gateway/send-json'
import type { ServiceContext } from '../service-context'
import { createPhoneNumberExchange } from './get-user-phone-number'
import { getWxacodeUnlimit } from './get-wxacode-unlimit'
import { sendSubscribeMessage, type DeclaredTemplate } from './subscribe-message-send'
import type { WechatAnswer } from './wechat-answer'
import { WxOutbox, type OutboxEntry } from './wx-outbox'

/** How to set up the wx.api outbox. */
export interface WxApiOptions {
  /** Subscribe-message templates WeChat knows: when given, unknown template ids and missing/extra keys are refused. */
  readonly templates?: Readonly<Record<string, DeclaredTemplate>>
  /** The mini-program's AppID, as in phone-number watermarks. Default `wx-local-app`. */
  readonly appId?: string
}

/** The outbox's controls, for tests and the emulator's HTTP endpoints. */
export interface WxApiService {
  /** The calls so far (the latest 1,000), oldest first. */
  outbox(): readonly OutboxEntry[]
  /** Forgets the recorded calls and any pending injected failures. */
  clearOutbox(): void
  /** The next `count` calls (to `apiName`, or to any API) answer WeChat error `errcode` instead. */
  failNext(count: number, errcode: number, apiName?: string): void
}

type WxApiHandler = (requestData: unknown) => WechatAnswer | Promise<WechatAnswer>

const DEFAULT_APP_ID = 'wx-local-app'
const CONTROL_BODY_LIMIT = 64 * 1024

/** `cgi-bin/x?y` and `/cgi-bin/x` name the same API. */
function normalizeApiName(apiName: string): string {
  const path = apiName.split('?')[0] ?? ''
  return path.startsWith('/') ? path : `/${path}`
}

function parseRequestData(raw: unknown): unknown {
  if (raw === undefined || raw === '') return {}
  if (typeof raw !== 'string') throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'requestData must be a JSON string')
  try {
    return JSON.parse(raw)
  } catch {
    throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'requestData is not valid JSON')
  }
}

async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await readBody(req, CONTROL_BODY_LIMIT)).toString('utf8')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'body must be JSON')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'body must be a JSON object')
  return body as Record<string, unknown>
}

/**
 * Installs the `wx.api` outbox: WeChat server API calls made through CloudBase's cloud call
 * (`callWxOpenApi`) are answered as WeChat would and recorded instead of sent. Unsupported APIs
 * fail loudly. Loopback HTTP: `GET|DELETE /emulator/wx/outbox`, `POST /emulator/wx/fail-next`
 * with `{ count, errcode, apiName? }`.
 */
export function installWxApi(context: ServiceContext, options: WxApiOptions = {}): WxApiService {
  const outbox = new WxOutbox()
  const handlers: ReadonlyMap<string, WxApiHandler> = new Map<string, WxApiHandler>([
    ['/cgi-bin/message/subscribe/send', request => sendSubscribeMessage(request, options.templates)],
    ['/wxa/getwxacodeunlimit', getWxacodeUnlimit],
    ['/wxa/business/getuserphonenumber', createPhoneNumberExchange(options.appId ?? DEFAULT_APP_ID)],
  ])

  context.registry.register('wx.api', async (request: ActionRequest) => {
    const rawName = request.params.apiName
    if (typeof rawName !== 'string' || rawName === '') throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'apiName is required')
    const apiName = normalizeApiName(rawName)
    const handler = handlers.get(apiName)
    if (!handler) {
      throw new EmulatorError(
        EmulatorErrorCode.UnsupportedAction,
        `the CloudBase emulator does not support WeChat API "${rawName}" (supported: ${[...handlers.keys()].join(', ')})`,
      )
    }
    const requestData = parseRequestData(request.params.requestData)
    const response = outbox.takeFailure(apiName) ?? await handler(requestData)
    outbox.record(apiName, requestData, response)
    return { responseData: JSON.stringify(response) }
  })

  context.routes.add({
    method: 'GET',
    path: '/emulator/wx/outbox',
    handle: (req: IncomingMessage, res: ServerResponse) => {
      assertLoopbackRequest(req)
      sendJson(res, 200, outbox.list())
    },
  })
  context.routes.add({
    method: 'DELETE',
    path: '/emulator/wx/outbox',
    handle: (req: IncomingMessage, res: ServerResponse) => {
      assertLoopbackRequest(req)
      outbox.clear()
      res.writeHead(204).end()
    },
  })
  context.routes.add({
    method: 'POST',
    path: '/emulator/wx/fail-next',
    handle: async (req: IncomingMessage, res: ServerResponse) => {
      assertLoopbackRequest(req)
      const { count, errcode, apiName } = await readJsonObject(req)
      if (typeof count !== 'number' || typeof errcode !== 'number' || (apiName !== undefined && typeof apiName !== 'string')) {
        throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'expected { count: number, errcode: number, apiName?: string }')
      }
      try {
        outbox.failNext(count, errcode, apiName === undefined ? undefined : normalizeApiName(apiName))
      } catch (error) {
        throw new EmulatorError(EmulatorErrorCode.InvalidParam, error instanceof Error ? error.message : String(error))
      }
      res.writeHead(204).end()
    },
  })

  return {
    outbox: () => outbox.list(),
    clearOutbox: () => outbox.clear(),
    failNext: (count, errcode, apiName) => outbox.failNext(count, errcode, apiName === undefined ? undefined : normalizeApiName(apiName)),
  }
}
