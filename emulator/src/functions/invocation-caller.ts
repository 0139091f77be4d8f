import { randomUUID } from 'node:crypto'

/**
 * Who an invocation comes from, which decides what the platform injects into `context.environment`.
 * Values of TCB_SOURCE follow WeChat's documented SOURCE enumeration (getWXContext): `wx_client`
 * for a mini-program call, `wx_trigger` for a timer trigger, `scf` for a function calling another;
 * a timer run also carries TRIGGER_SRC=timer (read by the SDK's getWxCloudToken).
 */
export type InvocationCaller =
  | {
      readonly kind: 'client'
      readonly openid: string
      readonly appid: string
      readonly unionid?: string
      readonly clientIp?: string
    }
  | { readonly kind: 'timer' }
  | {
      readonly kind: 'server'
      /** TCB_SOURCE for a server-side caller: `scf` from a function, the SDK's run-environment tag otherwise. */
      readonly source: string
    }

/** TCB_SOURCE of a mini-program client call. */
export const CLIENT_SOURCE = 'wx_client'
/** TCB_SOURCE of a timer-triggered run. */
export const TIMER_SOURCE = 'wx_trigger'
/** TRIGGER_SRC of a timer-triggered run. */
export const TIMER_TRIGGER_SRC = 'timer'
/** TCB_SOURCE of a call from another function (the SDK in SCF tags its requests `,scf`). */
export const FUNCTION_SOURCE = 'scf'

/**
 * The invocation source of an SDK call, from its `X-TCB-Source` header (`<caller's source>,<run env>`,
 * e.g. `,scf` from inside a function, `,tencentcloud` from a script with TENCENTCLOUD=true): the
 * non-empty parts joined, so a function's call reads `scf`, as WeChat documents.
 */
export function serverSourceFromHeader(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header.join(',') : header ?? ''
  const parts = raw.split(',').map(part => part.trim()).filter(part => part !== '')
  return parts.length === 0 ? 'unknown' : parts.join(',')
}

/** The JSON object behind `context.environment` for one invocation. */
export function invocationEnvironment(caller: InvocationCaller, envId: string): Record<string, string> {
  const common = {
    TCB_ENV: envId,
    SCF_NAMESPACE: envId,
    TCB_SEQID: randomUUID(),
    TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID,TCB_SOURCE',
  }
  switch (caller.kind) {
    case 'client':
      return {
        ...common,
        TCB_SOURCE: CLIENT_SOURCE,
        WX_OPENID: caller.openid,
        WX_APPID: caller.appid,
        ...(caller.unionid === undefined ? {} : { WX_UNIONID: caller.unionid }),
        ...(caller.clientIp === undefined ? {} : { WX_CLIENTIP: caller.clientIp }),
        WX_CONTEXT_KEYS: caller.unionid === undefined ? 'WX_OPENID,WX_APPID,WX_CLIENTIP' : 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
      }
    case 'timer':
      return { ...common, TCB_SOURCE: TIMER_SOURCE, TRIGGER_SRC: TIMER_TRIGGER_SRC }
    case 'server':
      return { ...common, TCB_SOURCE: caller.source }
  }
}
