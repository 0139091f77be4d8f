import tcb from '@cloudbase/node-sdk'
import { createHash } from 'node:crypto'

/** How this invocation reached the function. */
export type InvocationSource = 'client' | 'timer' | 'server'

export interface Invocation {
  readonly source: InvocationSource
  /** The caller's openid, injected by the platform; present only for client calls. */
  readonly openid: string | undefined
}

/** What the platform passes as the second argument of `main`. */
export interface FunctionContext {
  readonly environment?: string
  readonly environ?: string
  readonly request_id?: string
  readonly function_name?: string
  readonly memory_limit_in_mb?: number
  readonly time_limit_in_ms?: number
  readonly function_version?: string
  readonly namespace?: string
}

/**
 * Reads who is calling from the platform-injected context, never from the event: a client can put
 * anything in its payload, but only WeChat sets WX_OPENID, and only the timer trigger sets TRIGGER_SRC.
 */
export function readInvocation(context: FunctionContext): Invocation {
  const injected = tcb.getCloudbaseContext({
    memory_limit_in_mb: context.memory_limit_in_mb ?? 0,
    time_limit_in_ms: context.time_limit_in_ms ?? 0,
    request_id: context.request_id ?? '',
    environment: context.environment,
    environ: context.environ ?? '',
    function_version: context.function_version ?? '',
    function_name: context.function_name ?? '',
    namespace: context.namespace ?? '',
  })
  const openid = typeof injected.WX_OPENID === 'string' && injected.WX_OPENID !== '' ? injected.WX_OPENID : undefined
  if (openid) return { source: 'client', openid }
  if (injected.TRIGGER_SRC === 'timer') return { source: 'timer', openid: undefined }
  return { source: 'server', openid: undefined }
}

/**
 * The pseudonymous id a person is known by in our collections and to staff: stable for an openid,
 * but the openid itself never leaves the server.
 */
export function userIdFor(openid: string): string {
  return createHash('sha256').update(`user:${openid}`).digest('hex').slice(0, 24)
}
