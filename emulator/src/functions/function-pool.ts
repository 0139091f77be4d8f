import { FunctionInvocationError } from './invocation-error'
import type { FunctionWorker } from './function-worker'
import type { ScfContext } from './runner-protocol'

/** How one function's instances are run. */
export interface PoolSettings {
  readonly functionName: string
  /** Most instances (processes) the function runs at once: the local stand-in for its concurrency quota. */
  readonly maxInstances: number
  /** Invocations one instance runs at once (SCF's 单实例多并发). */
  readonly instanceConcurrency: number
  /** Starts one instance; the pool's callbacks are wired to the worker's. */
  readonly startInstance: (events: InstanceEvents) => FunctionWorker
}

/** What an instance tells its pool. */
export interface InstanceEvents {
  readonly onReady: () => void
  readonly onLoadFailed: (failure: FunctionInvocationError) => void
  readonly onSettled: () => void
  readonly onExit: () => void
}

interface QueuedCall {
  readonly eventJson: string
  readonly context: ScfContext
  readonly resolve: (responseJson: string) => void
  readonly reject: (error: unknown) => void
}

/**
 * The instances of one function, as SCF scales a function out: each instance is its own process;
 * a call goes to the ready instance running the fewest invocations, and when every instance is busy
 * another one is started (up to `maxInstances`) while the calls keep being served by the warm ones.
 * Calls wait in order only while every instance runs `instanceConcurrency` invocations, or while
 * the first instance is still starting. A call's time limit runs from when an instance takes it.
 */
export class FunctionPool {
  private readonly instances: FunctionWorker[] = []
  private readonly queue: QueuedCall[] = []
  private closed = false

  constructor(private readonly settings: PoolSettings) {}

  /** Instances that are starting or serving (not those finishing their last calls after a timeout). */
  get size(): number {
    return this.live().length
  }

  /** True while any process of the pool still runs, including one finishing its last calls. */
  get running(): boolean {
    return this.instances.length > 0
  }

  /** Runs one invocation on an instance; resolves the JSON text of the function's return value. */
  invoke(eventJson: string, context: ScfContext): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      // As SCF does: a call that finds no idle instance (nor one starting) makes the function scale out.
      if (!this.hasSpareInstance()) this.scaleOut()
      this.queue.push({ eventJson, context, resolve, reject })
      this.dispatch()
    })
  }

  /**
   * Takes the calls still waiting, leaving the pool's instances to finish what they run; used when
   * the function is rebuilt, so the waiting calls run the new code.
   */
  takeWaiting(): QueuedCall[] {
    return this.queue.splice(0)
  }

  /** Hands over calls taken from an older pool of the same function. */
  adopt(calls: readonly QueuedCall[]): void {
    this.queue.push(...calls)
    this.dispatch()
  }

  /** Stops taking work: running calls finish, then each instance ends. */
  retire(): void {
    this.closed = true
    for (const worker of this.instances) worker.retire()
  }

  /** Ends every instance now. */
  kill(): void {
    this.closed = true
    for (const worker of this.instances) worker.kill()
    for (const call of this.queue.splice(0)) {
      call.reject(new FunctionInvocationError('execution-failed', this.settings.functionName, 'the functions host stopped'))
    }
  }

  private live(): FunctionWorker[] {
    return this.instances.filter(worker => worker.acceptsWork)
  }

  private dispatch(): void {
    if (this.closed) return
    const live = this.live()
    while (this.queue.length > 0) {
      let chosen: FunctionWorker | undefined
      for (const worker of live) {
        if (!worker.ready || worker.inFlight >= this.settings.instanceConcurrency) continue
        if (chosen === undefined || worker.inFlight < chosen.inFlight) chosen = worker
      }
      if (chosen === undefined) break
      const call = this.queue.shift()
      if (call === undefined) break
      chosen.invoke(call.eventJson, call.context).then(call.resolve, call.reject)
    }
    // Calls left waiting (every instance full, or none left) need another instance, if one may start.
    if (this.queue.length > 0 && !this.hasSpareInstance()) this.scaleOut()
  }

  /** True when an instance is idle, or starting and so about to be. */
  private hasSpareInstance(): boolean {
    return this.live().some(worker => !worker.ready || worker.inFlight === 0)
  }

  private scaleOut(): void {
    if (this.closed || this.live().length >= this.settings.maxInstances) return
    this.startInstance()
  }

  private startInstance(): void {
    const worker: FunctionWorker = this.settings.startInstance({
      onReady: () => this.dispatch(),
      onSettled: () => this.dispatch(),
      onLoadFailed: failure => {
        // Every instance would fail the same way: the calls waiting for one fail now, as in SCF.
        if (this.live().some(other => other !== worker && other.ready)) return
        for (const call of this.queue.splice(0)) call.reject(failure)
      },
      onExit: () => {
        const index = this.instances.indexOf(worker)
        if (index !== -1) this.instances.splice(index, 1)
        this.dispatch()
      },
    })
    this.instances.push(worker)
  }
}
