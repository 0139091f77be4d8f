import { fork, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { FunctionInvocationError } from './invocation-error'
import type { HostMessage, RunnerMessage, ScfContext, SerializedError } from './runner-protocol'

/** Everything needed to start one function's process. */
export interface WorkerSpec {
  readonly functionName: string
  readonly runnerScript: string
  readonly functionDir: string
  readonly handlerPath: string
  readonly handlerExport: string
  /** The complete environment of the process: nothing is inherited from the emulator. */
  readonly env: Readonly<Record<string, string>>
  readonly log: (line: string) => void
  /** Called once the function's module is loaded and the process can take invocations. */
  readonly onReady: () => void
  /** Called when the module could not be loaded, or not within the time limit: the failure waiting calls get. */
  readonly onLoadFailed: (failure: FunctionInvocationError) => void
  /**
   * How long loading the module may take: SCF's initialisation timeout, which bounds an instance's start
   * on its own; the function's time limit starts with the invocation, once the instance is up.
   */
  readonly startTimeoutMs: number
  /** Called once the process has ended, whatever the reason. */
  readonly onExit: () => void
  /** Called each time an invocation settles, so the host can hand the process more work. */
  readonly onSettled: () => void
}

interface PendingInvocation {
  readonly resolve: (responseJson: string) => void
  readonly reject: (error: FunctionInvocationError) => void
  readonly timer: NodeJS.Timeout
}

function describe(error: SerializedError): string {
  return error.stack ?? `${error.name}: ${error.message}`
}

function isRunnerMessage(value: unknown): value is RunnerMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

/**
 * One warm process running one function (an SCF instance), serving concurrent invocations.
 * After a timeout it is retired: it takes no new work and is killed as soon as its other
 * invocations settle (at once when it has none), so a stuck function cannot block later calls.
 */
export class FunctionWorker {
  private readonly child: ChildProcess
  private readonly pending = new Map<string, PendingInvocation>()
  private exited = false
  private retired = false
  private loaded = false
  private nextId = 0
  private readonly startTimer: NodeJS.Timeout

  constructor(private readonly spec: WorkerSpec) {
    this.child = fork(spec.runnerScript, [spec.handlerPath, spec.handlerExport], {
      cwd: spec.functionDir,
      env: { ...spec.env },
      // No inherited --require/--import/--conditions flags from the emulator's own process.
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
    })
    this.pipeOutput(this.child.stdout)
    this.pipeOutput(this.child.stderr)
    this.child.on('message', (message: unknown) => {
      if (isRunnerMessage(message)) this.onMessage(message)
    })
    this.child.on('error', error => this.failAll(`the function's process failed: ${error.message}`))
    this.child.on('exit', (code, signal) => this.onExit(code, signal))
    this.startTimer = setTimeout(() => this.onStartTimeout(), spec.startTimeoutMs)
    this.startTimer.unref()
    this.setIdle(true)
  }

  /** False once the worker crashed, exited or was retired: the host then starts a fresh one. */
  get acceptsWork(): boolean {
    return !this.exited && !this.retired
  }

  /** True once the function's module is loaded (the cold start is over). */
  get ready(): boolean {
    return this.loaded
  }

  /** Invocations running in the process now. */
  get inFlight(): number {
    return this.pending.size
  }

  /** Runs one invocation; resolves the JSON text of the function's return value. */
  invoke(eventJson: string, context: ScfContext): Promise<string> {
    const id = String(this.nextId++)
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => this.onTimeout(id, context.time_limit_in_ms), context.time_limit_in_ms)
      this.pending.set(id, { resolve, reject, timer })
      this.setIdle(false)
      const message: HostMessage = { type: 'invoke', id, eventJson, context }
      this.child.send(message, error => {
        if (error) this.settle(id, new FunctionInvocationError('execution-failed', this.spec.functionName, `could not reach the function's process: ${error.message}`))
      })
    })
  }

  /** Stops taking work; the process ends once in-flight invocations settle. */
  retire(): void {
    this.retired = true
    if (this.pending.size === 0) this.kill()
  }

  kill(): void {
    this.retired = true
    if (!this.exited) this.child.kill('SIGKILL')
  }

  private pipeOutput(stream: Readable | null): void {
    if (!stream) return
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', line => this.spec.log(`[${this.spec.functionName}] ${line}`))
  }

  /** An idle warm process must not keep the emulator's process alive on its own. */
  private setIdle(idle: boolean): void {
    const handles: Array<{ ref(): void; unref(): void } | null | undefined> = [this.child, this.child.channel]
    for (const handle of handles) {
      if (idle) handle?.unref()
      else handle?.ref()
    }
  }

  private onMessage(message: RunnerMessage): void {
    switch (message.type) {
      case 'ready':
        clearTimeout(this.startTimer)
        this.loaded = true
        this.spec.onReady()
        return
      case 'result':
        this.settle(message.id, message.responseJson)
        return
      case 'failed':
        this.settle(message.id, new FunctionInvocationError('execution-failed', this.spec.functionName, describe(message.error)))
        return
      case 'load-failed': {
        clearTimeout(this.startTimer)
        const reason = `could not load ${this.spec.handlerPath}: ${describe(message.error)}`
        this.failAll(reason)
        this.spec.onLoadFailed(new FunctionInvocationError('execution-failed', this.spec.functionName, reason))
        return
      }
      case 'crashed':
        this.failAll(`the function's process crashed: ${describe(message.error)}`)
        return
    }
  }

  private settle(id: string, outcome: string | FunctionInvocationError): void {
    const invocation = this.pending.get(id)
    if (!invocation) return
    this.pending.delete(id)
    clearTimeout(invocation.timer)
    if (typeof outcome === 'string') invocation.resolve(outcome)
    else invocation.reject(outcome)
    if (this.pending.size === 0) {
      this.setIdle(true)
      if (this.retired) this.kill()
    }
    this.spec.onSettled()
  }

  private onTimeout(id: string, limitMs: number): void {
    const seconds = limitMs / 1000
    this.retired = true
    this.spec.log(`[${this.spec.functionName}] timed out after ${seconds} s; its process will be restarted`)
    this.settle(id, new FunctionInvocationError('timed-out', this.spec.functionName, `Invoking task timed out after ${seconds} seconds`))
  }

  private onStartTimeout(): void {
    if (this.loaded || this.exited) return
    const seconds = this.spec.startTimeoutMs / 1000
    this.spec.log(`[${this.spec.functionName}] did not finish loading within ${seconds} s; its process is stopped`)
    this.kill()
    this.spec.onLoadFailed(new FunctionInvocationError('timed-out', this.spec.functionName, `Initializing the function timed out after ${seconds} seconds`))
  }

  private failAll(reason: string): void {
    this.retired = true
    for (const id of [...this.pending.keys()]) {
      this.settle(id, new FunctionInvocationError('execution-failed', this.spec.functionName, reason))
    }
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    clearTimeout(this.startTimer)
    this.exited = true
    this.failAll(`the function's process exited (${signal ?? `code ${code ?? 'unknown'}`}) before answering`)
    this.spec.onExit()
  }
}
