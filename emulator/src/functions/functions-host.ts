import { randomUUID } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { defaultFunctionDefinition, type FunctionDefinition } from './cloudbaserc'
import { functionRunnerScript } from './build-runner'
import { FunctionPool } from './function-pool'
import { FunctionWorker } from './function-worker'
import { invocationEnvironment, type InvocationCaller } from './invocation-caller'
import { FunctionInvocationError } from './invocation-error'
import type { ScfContext } from './runner-protocol'

const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,60}$/

/** How the functions host is set up. */
export interface FunctionsHostConfig {
  /** Folder of built functions: `<functionsDir>/<name>/index.js`. */
  readonly functionsDir: string
  /** Functions declared in cloudbaserc.json; built functions not declared there run with CloudBase's defaults. */
  readonly definitions: readonly FunctionDefinition[]
  readonly envId: string
  /** The emulator's `/admin` URL (valid once it listens), handed to functions in TCB_CONTEXT_CNFG. */
  readonly adminUrl: () => string
  readonly log: (line: string) => void
  /** Most instances (processes) each function runs at once. */
  readonly maxInstances: number
  /** How long an instance may take to load its function (SCF's initialisation timeout). */
  readonly initTimeoutMs: number
}

/** A successful invocation: the function's return value as JSON text, and the request id it ran under. */
export interface InvocationResult {
  readonly requestId: string
  readonly responseJson: string
}

interface VersionedPool {
  readonly pool: FunctionPool
  /** The handler file's modification time when the pool started: a rebuild starts a new pool. */
  readonly version: number
}

/**
 * Runs built cloud functions, each function in a pool of warm child processes (its instances) with
 * SCF's environment. The caller's identity is passed per invocation in `context.environment` and
 * never in `process.env`, so concurrent callers of one process stay apart.
 */
export class FunctionsHost {
  private readonly definitions: ReadonlyMap<string, FunctionDefinition>
  private readonly pools = new Map<string, VersionedPool>()
  /** Pools of older builds, finishing the calls they had begun. */
  private readonly retired = new Set<FunctionPool>()
  private readonly functionsDir: string

  constructor(private readonly config: FunctionsHostConfig) {
    this.functionsDir = resolve(config.functionsDir)
    this.definitions = new Map(config.definitions.map(definition => [definition.name, definition]))
  }

  /** The definition a function runs with, or undefined when no such function is built. */
  definition(name: string): FunctionDefinition | undefined {
    if (!FUNCTION_NAME.test(name)) return undefined
    const definition = this.definitions.get(name) ?? defaultFunctionDefinition(name)
    return existsSync(this.handlerPath(definition)) ? definition : undefined
  }

  /** Invokes a function with an event given as JSON text. */
  async invoke(name: string, eventJson: string, caller: InvocationCaller): Promise<InvocationResult> {
    const definition = this.definition(name)
    if (!definition) {
      throw new FunctionInvocationError(
        'not-found',
        name,
        `FunctionName parameter could not be found: no built function "${name}" in ${this.functionsDir}`,
      )
    }
    const requestId = randomUUID()
    const context: ScfContext = {
      request_id: requestId,
      function_name: name,
      function_version: '$LATEST',
      namespace: this.config.envId,
      memory_limit_in_mb: definition.memorySizeMb,
      time_limit_in_ms: definition.timeoutSeconds * 1000,
      environment: JSON.stringify(invocationEnvironment(caller, this.config.envId)),
    }
    const responseJson = await this.poolFor(definition).invoke(eventJson, context)
    return { requestId, responseJson }
  }

  /** How many instances a function runs now (starting or serving). */
  instanceCount(name: string): number {
    return this.pools.get(name)?.pool.size ?? 0
  }

  /** Stops every function process. */
  close(): void {
    for (const { pool } of this.pools.values()) pool.kill()
    for (const pool of this.retired) pool.kill()
    this.pools.clear()
    this.retired.clear()
  }

  private handlerPath(definition: FunctionDefinition): string {
    const path = resolve(this.functionsDir, definition.name, definition.handlerFile)
    if (!path.startsWith(this.functionsDir + sep)) throw new FunctionInvocationError('not-found', definition.name, `handler of ${definition.name} is outside ${this.functionsDir}`)
    return path
  }

  private poolFor(definition: FunctionDefinition): FunctionPool {
    const handlerPath = this.handlerPath(definition)
    const version = statSync(handlerPath).mtimeMs
    const current = this.pools.get(definition.name)
    if (current && current.version === version) return current.pool
    for (const pool of this.retired) if (!pool.running) this.retired.delete(pool)
    const pool = new FunctionPool({
      functionName: definition.name,
      maxInstances: this.config.maxInstances,
      instanceConcurrency: definition.instanceConcurrency,
      startInstance: events => new FunctionWorker({
        functionName: definition.name,
        runnerScript: functionRunnerScript(),
        functionDir: join(this.functionsDir, definition.name),
        handlerPath,
        handlerExport: definition.handlerExport,
        env: this.processEnv(definition),
        log: this.config.log,
        startTimeoutMs: this.config.initTimeoutMs,
        ...events,
      }),
    })
    if (current) {
      // A rebuild: the old processes finish what they run; calls still waiting run the new code.
      current.pool.retire()
      this.retired.add(current.pool)
      pool.adopt(current.pool.takeWaiting())
    }
    this.pools.set(definition.name, { pool, version })
    return pool
  }

  /** SCF's process environment for a function: the platform's variables plus the function's own. */
  private processEnv(definition: FunctionDefinition): Record<string, string> {
    return {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      // SCF runs functions in UTC unless the function sets TZ itself.
      TZ: 'UTC',
      ...definition.envVariables,
      // TENCENTCLOUD=true keeps the SDK from probing a cloud metadata host before each request.
      TENCENTCLOUD: 'true',
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      TENCENTCLOUD_SECRETID: 'local-emulator-secret-id',
      TENCENTCLOUD_SECRETKEY: 'local-emulator-secret-key',
      TENCENTCLOUD_SESSIONTOKEN: '',
      SCF_NAMESPACE: this.config.envId,
      SCF_FUNCTIONNAME: definition.name,
      SCF_FUNCTIONVERSION: '$LATEST',
      TCB_ENV: this.config.envId,
      TCB_CONTEXT_KEYS: 'TCB_ENV',
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: this.config.adminUrl() }),
    }
  }
}
