import { createHash } from 'node:crypto'
import * as v from 'valibot'
import type { ActionContract, FunctionContract, PayloadOf, ResultOf } from '../../src/domain/contracts/define-contract'
import type { FunctionResponse } from '../../src/domain/contracts/envelope'
import { CommonErrorCode } from '../../src/domain/contracts/error-codes'
import { ROLES, type Caller, type Role } from '../../src/domain/contracts/roles'
import { AppError } from './app-error'
import { database } from './cloudbase-app'
import { readInvocation, userIdFor, type FunctionContext, type Invocation } from './identity'
import { createLogger, describeError, type Logger } from './logger'
import { checkPayload, ERROR_MESSAGE_MAX, excerpt } from './payload-check'
import { recordAuditIn } from './repositories/audit-logs-repository'
import { idempotencyIn } from './repositories/idempotency-repository'
import { usersRepository, type UsersRepository } from './repositories/users-repository'
import { runInTransaction, type Transaction } from './transaction'

/** Who is calling, as the handlers see it. Built from the platform context only. */
export interface CallerContext {
  /**
   * The caller's role (or the timer). An action every role may call does not need it to be allowed, so
   * it is looked up only when the handler asks: most of a crowd's calls (nearby, search, a sign-up
   * rush) are such actions, and the lookup was a database round trip of every one of them.
   */
  role(): Promise<Caller>
  /** The caller's pseudonymous id; null for timer invocations. */
  readonly userId: string | null
  /** Needed only to address WeChat messages to the caller; never stored outside `users`, never logged. */
  readonly openid: string | null
  readonly requestId: string | null
  readonly log: Logger
  /** Details of the target of an audited action, written to `audit_logs` when the action succeeds. */
  auditTarget(target: Readonly<Record<string, string | number | boolean>>): void
  /**
   * For audited and idempotent actions, the transaction their change is written in, together with its
   * audit entry and its replay record; null for every other action (an `'own-record'` one included).
   */
  readonly transaction: Transaction | null
}

/** The transaction of an audited or (runtime-)idempotent action; anything else writing through one is a bug. */
export function transactionOf(context: CallerContext): Transaction {
  if (context.transaction === null) throw new Error('this action is neither audited nor idempotent, so it has no transaction')
  return context.transaction
}

export type ActionHandler<A> = (payload: PayloadOf<A>, context: CallerContext) => Promise<ResultOf<A>>

export type Handlers<C extends FunctionContract> = {
  readonly [Name in keyof C['actions']]: ActionHandler<C['actions'][Name]>
}

/** What the router itself needs from the database; injectable so tests can observe it. */
export interface RuntimeDependencies {
  readonly users: Pick<UsersRepository, 'roleOf'>
  readonly runInTransaction: <T>(work: (transaction: Transaction) => Promise<T>) => Promise<T>
}

export type FunctionMain = (event: unknown, context: FunctionContext) => Promise<FunctionResponse<unknown>>

const envelopeSchema = v.object({
  action: v.pipe(v.string(), v.maxLength(64)),
  payload: v.unknown(),
  requestId: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/))),
})

/**
 * A timer trigger's event (`{ Type: 'Timer', TriggerName, Time, Message }`) names no action: the trigger
 * is named after the action it runs (cloudbaserc.json), with an empty payload. Only the invocation
 * source in the context makes it a timer call; a client sending this shape is still a client.
 */
const timerEventSchema = v.object({ Type: v.literal('Timer'), TriggerName: v.pipe(v.string(), v.maxLength(64)) })

function asEnvelope(event: unknown): unknown {
  const timer = v.safeParse(timerEventSchema, event)
  return timer.success ? { action: timer.output.TriggerName, payload: {} } : event
}

/** Every error answer goes through here, so none can carry more than a short message. */
function failure(code: AppError['code'], message: string): FunctionResponse<never> {
  return { ok: false, error: { code, message: excerpt(message, ERROR_MESSAGE_MAX) } }
}

function defaultDependencies(): RuntimeDependencies {
  const db = database()
  return { users: usersRepository(db), runInTransaction: work => runInTransaction(db, work) }
}

/** Who is calling, from the platform context alone; null when it names nobody (a bare server call). */
function identify(invocation: Invocation): { readonly userId: string | null; readonly timer: boolean } | null {
  if (invocation.source === 'timer') return { userId: null, timer: true }
  if (invocation.source !== 'client' || !invocation.openid) return null
  return { userId: userIdFor(invocation.openid), timer: false }
}

/** Whether every role may call the action, so no stored role can refuse it. */
function allowsEveryRole(action: ActionContract): boolean {
  return ROLES.every(role => action.allow.includes(role))
}

/** The caller's role, read once per invocation at most, and only when something asks. */
function roleReader(identity: { readonly userId: string | null; readonly timer: boolean }, users: RuntimeDependencies['users']): () => Promise<Caller> {
  let role: Promise<Caller> | undefined
  return () => {
    if (identity.timer || identity.userId === null) return Promise.resolve('timer')
    const userId = identity.userId
    // Before the first visit there is no profile yet: everyone starts as a worker; only an admin raises a role.
    role ??= users.roleOf(userId).then((stored): Role => stored ?? 'worker')
    return role
  }
}

function idempotencyKey(functionName: string, action: string, userId: string | null, requestId: string): string {
  return createHash('sha256').update(`${functionName}|${action}|${userId ?? 'timer'}|${requestId}`).digest('hex').slice(0, 40)
}

/**
 * Turns a function contract and its handlers into the `main(event, context)` CloudBase calls.
 * In order: envelope → action (unknown is an error) → identity from the context → role → payload
 * schema → idempotent replay → handler → audit. Every failure becomes one typed error answer.
 */
export function createFunction<C extends FunctionContract>(
  contract: C,
  handlers: Handlers<C>,
  dependencies: () => RuntimeDependencies = defaultDependencies,
): FunctionMain {
  let resolved: RuntimeDependencies | undefined
  const deps = () => (resolved ??= dependencies())

  return async (event, context) => {
    const started = Date.now()
    const envelope = v.safeParse(envelopeSchema, asEnvelope(event))
    if (!envelope.success) {
      return failure(CommonErrorCode.InvalidPayload, '请求的格式不对，请更新小程序后再试')
    }
    const { action: actionName, requestId } = envelope.output
    const log = createLogger({ fn: contract.name, action: actionName, requestId: requestId ?? null })
    const actions: Readonly<Record<string, ActionContract>> = contract.actions
    const action = Object.prototype.hasOwnProperty.call(actions, actionName) ? actions[actionName] : undefined
    const handler = Object.prototype.hasOwnProperty.call(handlers, actionName)
      ? (handlers as unknown as Readonly<Record<string, ActionHandler<ActionContract>>>)[actionName]
      : undefined
    if (!action || !handler) {
      log.warn('unknown_action')
      return failure(CommonErrorCode.UnknownAction, `这个功能暂时用不了（${contract.name} 没有 ${excerpt(actionName, 40)}），请更新小程序后再试`)
    }

    try {
      const invocation = readInvocation(context)
      const identity = identify(invocation)
      if (!identity) {
        log.warn('unauthenticated', { source: invocation.source })
        return failure(CommonErrorCode.Unauthenticated, '请关闭小程序后重新打开再试')
      }
      const role = roleReader(identity, deps().users)
      if (identity.timer || !allowsEveryRole(action)) {
        const caller = await role()
        if (!action.allow.includes(caller)) {
          log.warn('forbidden', { caller })
          return failure(CommonErrorCode.Forbidden, '您没有权限做这件事')
        }
      }
      const payload = checkPayload(action.payload, envelope.output.payload)
      if (!payload.ok) {
        log.info('invalid_payload', { fields: payload.fields.join(',') })
        return failure(CommonErrorCode.InvalidPayload, payload.message)
      }

      const callerContext = (transaction: Transaction | null, onAuditTarget: CallerContext['auditTarget']): CallerContext => ({
        role,
        userId: identity.userId,
        openid: invocation.openid ?? null,
        requestId: requestId ?? null,
        log,
        auditTarget: onAuditTarget,
        transaction,
      })

      if (action.audited !== true && action.idempotent !== true) {
        const data = await handler(payload.value, callerContext(null, () => undefined))
        log.info('ok', { ms: Date.now() - started })
        return { ok: true, data }
      }

      // The change, its audit entry and its replay record: one transaction, so a crash at any moment
      // leaves all or none, and a retry either replays the first answer or makes the change afresh.
      const replayKey = action.idempotent === true && requestId ? idempotencyKey(contract.name, actionName, identity.userId, requestId) : null
      const outcome = await deps().runInTransaction(async transaction => {
        const replays = idempotencyIn(transaction)
        if (replayKey) {
          const previous = await replays.find(replayKey)
          if (previous) return { replayed: true, data: previous.data }
        }
        let auditTarget: Readonly<Record<string, string | number | boolean>> = {}
        const data = await handler(payload.value, callerContext(transaction, target => {
          auditTarget = target
        }))
        const at = new Date()
        if (replayKey) {
          await replays.remember({ _id: replayKey, functionName: contract.name, action: actionName, userId: identity.userId, data, createdAt: at })
        }
        if (action.audited) {
          await recordAuditIn(transaction, {
            functionName: contract.name,
            action: actionName,
            actorUserId: identity.userId,
            actorRole: await role(),
            target: auditTarget,
            requestId: requestId ?? null,
            at,
          })
        }
        return { replayed: false, data }
      })
      log.info(outcome.replayed ? 'replayed' : 'ok', { ms: Date.now() - started })
      return { ok: true, data: outcome.data }
    } catch (error) {
      if (error instanceof AppError) {
        log.info('refused', { code: error.code, ms: Date.now() - started })
        return failure(error.code, error.message)
      }
      log.error('unexpected', { ...describeError(error), ms: Date.now() - started })
      return failure(CommonErrorCode.Internal, '系统出了点问题，请稍后重试')
    }
  }
}
