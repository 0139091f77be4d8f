import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { dirname, resolve } from 'node:path'
import type { ActionRequest } from '../action-registry'
import { EmulatorError, EmulatorErrorCode } from '../errors'
import { assertLoopbackRequest } from '../gateway/loopback'
import { sendJson } from '../gateway/send-json'
import type { ServiceContext } from '../service-context'
import { readCloudbaserc, type FunctionDefinition } from './cloudbaserc'
import { checkFunctionInstances, defaultFunctionInstances } from './function-instances'
import { FunctionsHost } from './functions-host'
import { serverSourceFromHeader, type InvocationCaller } from './invocation-caller'
import { FunctionInvocationError } from './invocation-error'
import { systemClock, type SchedulerClock } from './timers/scheduler-clock'
import { timerEvent, type TimerEvent } from './timers/timer-event'
import { TimerScheduler, type ScheduledTrigger } from './timers/timer-scheduler'

/** How to set up the functions host. */
export interface FunctionsHostOptions {
  /** Folder of built functions (`<dir>/<name>/index.js`); defaults to cloudbaserc.json's functionRoot. */
  readonly functionsDir?: string
  /** Path of cloudbaserc.json: timeouts, memory, env variables and timer triggers per function. */
  readonly cloudbaserc?: string
  /** The environment id functions see (TCB_ENV, SCF_NAMESPACE). Default `local`. */
  readonly envId?: string
  /** `auto` runs timer triggers on schedule (the default, for `npm start`); `manual` only on fireTrigger (tests). */
  readonly timers?: 'auto' | 'manual'
  /** Time source of the timer schedule; the system clock by default. */
  readonly clock?: SchedulerClock
  /**
   * Most instances (separate processes) each function runs at once, the local stand-in for CloudBase's
   * concurrency quota; default one per core, 2–4. Each instance runs up to the function's
   * `instanceConcurrencyConfig.maxConcurrency` invocations at once (cloudbaserc.json; default 100).
   */
  readonly instances?: number
  /**
   * How long an instance may take to load its function, in seconds: SCF's initialisation timeout (3–300 s,
   * 65 s unless set). A cold start is bounded by it, not by the function's time limit, which starts with the
   * invocation once the instance is up (SCF, 函数运行时实例模型: instance startup is limited by the
   * initialization timeout).
   */
  readonly initTimeoutSeconds?: number
}

/** SCF's default initialisation timeout, and its range. */
export const DEFAULT_INIT_TIMEOUT_SECONDS = 65
const INIT_TIMEOUT_RANGE = { min: 3, max: 300 } as const

function checkInitTimeout(seconds: number): number {
  if (!Number.isInteger(seconds) || seconds < INIT_TIMEOUT_RANGE.min || seconds > INIT_TIMEOUT_RANGE.max) {
    throw new Error(`initTimeoutSeconds must be an integer from ${INIT_TIMEOUT_RANGE.min} to ${INIT_TIMEOUT_RANGE.max}, got ${seconds}`)
  }
  return seconds
}

/** The outcome of one timer-trigger run. */
export type TriggerRunOutcome =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly code: string; readonly message: string }

/** A record of one timer-trigger run, scheduled or fired by hand. */
export interface TriggerRun {
  readonly functionName: string
  readonly triggerName: string
  readonly event: TimerEvent
  readonly scheduled: boolean
  readonly outcome: TriggerRunOutcome
}

/** What the functions host offers the emulator, the client gateway and tests. */
export interface FunctionsHostService {
  readonly functionsDir: string
  /** Invokes a function as `caller` (the server SDK by default); resolves its parsed return value. */
  invoke(name: string, event?: unknown, caller?: InvocationCaller): Promise<{ readonly requestId: string; readonly result: unknown }>
  /**
   * Invokes a function with its event as JSON text and resolves its return value as JSON text, neither
   * parsed nor re-serialised here: what a gateway passes through from a caller, however deeply nested.
   */
  invokeJson(name: string, eventJson: string, caller: InvocationCaller): Promise<{ readonly requestId: string; readonly responseJson: string }>
  /** How many instances (processes) a function runs now, starting or serving. */
  instanceCount(name: string): number
  /** Runs a timer trigger now with a real timer event; resolves the function's return value. */
  fireTrigger(functionName: string, triggerName: string): Promise<unknown>
  /** The timer-trigger runs so far (the latest 1,000), oldest first. */
  triggerRuns(): readonly TriggerRun[]
  /** Subscribes to timer-trigger runs as they complete; returns the unsubscribe function. */
  onTriggerRun(listener: (run: TriggerRun) => void): () => void
  /** Stops the schedule and every function process. */
  close(): void
}

const DEFAULT_ENV_ID = 'local'
const TRIGGER_ROUTE = /^\/emulator\/functions\/([^/]+)\/triggers\/([^/]+)$/
const SERVER_CALLER: InvocationCaller = { kind: 'server', source: 'scf' }
/** A per-second timer left running for days must not grow the record without bound. */
const MAX_RECORDED_RUNS = 1000

function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof FunctionInvocationError) return { code: error.code, message: error.message }
  return { code: EmulatorErrorCode.SystemError, message: error instanceof Error ? error.message : String(error) }
}

function resolveFunctionsDir(options: FunctionsHostOptions, functionRoot: string | undefined): string {
  if (options.functionsDir !== undefined) return resolve(options.functionsDir)
  if (options.cloudbaserc !== undefined && functionRoot !== undefined) return resolve(dirname(options.cloudbaserc), functionRoot)
  throw new Error('installFunctionsHost needs functionsDir, or a cloudbaserc.json with functionRoot')
}

function parseEventJson(requestData: unknown): string {
  if (requestData === undefined || requestData === '') return '{}'
  if (typeof requestData !== 'string') throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'request_data must be a JSON string')
  try {
    JSON.parse(requestData)
  } catch {
    throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'request_data is not valid JSON')
  }
  return requestData
}

/**
 * Installs the functions host: `functions.invokeFunction` for the SDK, timer triggers from
 * cloudbaserc.json, and `POST /emulator/functions/<name>/triggers/<trigger>` (loopback) to fire one.
 */
export function installFunctionsHost(context: ServiceContext, options: FunctionsHostOptions): FunctionsHostService {
  const rc = options.cloudbaserc === undefined ? undefined : readCloudbaserc(options.cloudbaserc)
  const functionsDir = resolveFunctionsDir(options, rc?.functionRoot)
  if (!existsSync(functionsDir)) context.log(`functions: ${functionsDir} does not exist yet; build the functions to invoke them`)
  const definitions: readonly FunctionDefinition[] = rc?.functions ?? []
  const host = new FunctionsHost({
    functionsDir,
    definitions,
    envId: options.envId ?? DEFAULT_ENV_ID,
    adminUrl: () => context.adminUrl(),
    log: line => context.log(line),
    maxInstances: options.instances === undefined ? defaultFunctionInstances() : checkFunctionInstances(options.instances, 'instances'),
    initTimeoutMs: checkInitTimeout(options.initTimeoutSeconds ?? DEFAULT_INIT_TIMEOUT_SECONDS) * 1000,
  })

  const clock = options.clock ?? systemClock
  const runs: TriggerRun[] = []
  const listeners = new Set<(run: TriggerRun) => void>()

  /** Runs a trigger, records the run, and hands back the invocation error if it failed. */
  async function runTrigger(functionName: string, triggerName: string, dueAt: number, scheduled: boolean): Promise<{ run: TriggerRun; error?: unknown }> {
    const event = timerEvent(triggerName, dueAt)
    let outcome: TriggerRunOutcome
    let failure: unknown
    try {
      const { responseJson } = await host.invoke(functionName, JSON.stringify(event), { kind: 'timer' })
      outcome = { ok: true, result: JSON.parse(responseJson) }
    } catch (error) {
      failure = error
      outcome = { ok: false, ...describeFailure(error) }
      context.log(`functions: timer ${functionName}/${triggerName} failed: ${outcome.code} ${outcome.message}`)
    }
    const run: TriggerRun = { functionName, triggerName, event, scheduled, outcome }
    runs.push(run)
    if (runs.length > MAX_RECORDED_RUNS) runs.shift()
    for (const listener of listeners) listener(run)
    return outcome.ok ? { run } : { run, error: failure }
  }

  async function fireTrigger(functionName: string, triggerName: string): Promise<unknown> {
    const definition = definitions.find(candidate => candidate.name === functionName)
    if (!definition?.triggers.some(trigger => trigger.name === triggerName)) {
      throw new FunctionInvocationError('not-found', functionName, `cloudbaserc.json declares no timer trigger "${triggerName}" for function "${functionName}"`)
    }
    const { run, error } = await runTrigger(functionName, triggerName, clock.now(), false)
    if (!run.outcome.ok) throw error
    return run.outcome.result
  }

  const triggers: ScheduledTrigger[] = definitions.flatMap(definition =>
    definition.triggers.map(trigger => ({ functionName: definition.name, triggerName: trigger.name, schedule: trigger.schedule })))
  const scheduler = new TimerScheduler(
    triggers,
    clock,
    (trigger, dueAt) => void runTrigger(trigger.functionName, trigger.triggerName, dueAt, true),
    line => context.log(`functions: ${line}`),
  )
  if ((options.timers ?? 'auto') === 'auto') scheduler.start()

  context.registry.register('functions.invokeFunction', async (request: ActionRequest) => {
    const name = request.params.function_name
    if (typeof name !== 'string' || name === '') throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'function_name is required')
    const qualifier = request.params.qualifier
    if (qualifier !== undefined && qualifier !== '$LATEST') {
      throw new EmulatorError('FUNCTION_QUALIFIER_NOT_FOUND', `the emulator runs only $LATEST, not qualifier ${JSON.stringify(qualifier)}`)
    }
    const caller: InvocationCaller = { kind: 'server', source: serverSourceFromHeader(request.headers['x-tcb-source']) }
    try {
      const { responseJson } = await host.invoke(name, parseEventJson(request.params.request_data), caller)
      return { response_data: responseJson }
    } catch (error) {
      if (error instanceof FunctionInvocationError) throw new EmulatorError(error.code, error.message)
      throw error
    }
  })

  context.routes.add({
    method: 'POST',
    path: TRIGGER_ROUTE,
    handle: async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      assertLoopbackRequest(req)
      const [, functionName = '', triggerName = ''] = TRIGGER_ROUTE.exec(url.pathname) ?? []
      try {
        const result = await fireTrigger(decodeURIComponent(functionName), decodeURIComponent(triggerName))
        sendJson(res, 200, { result })
      } catch (error) {
        if (!(error instanceof FunctionInvocationError)) throw error
        const status = error.failure === 'not-found' ? 404 : error.failure === 'timed-out' ? 504 : 500
        sendJson(res, status, { code: error.code, message: error.message })
      }
    },
  })

  return {
    functionsDir,
    async invoke(name, event = {}, caller = SERVER_CALLER) {
      const { requestId, responseJson } = await host.invoke(name, JSON.stringify(event), caller)
      return { requestId, result: JSON.parse(responseJson) }
    },
    invokeJson: (name, eventJson, caller) => host.invoke(name, eventJson, caller),
    instanceCount: name => host.instanceCount(name),
    fireTrigger,
    triggerRuns: () => [...runs],
    onTriggerRun(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      scheduler.stop()
      host.close()
    },
  }
}
