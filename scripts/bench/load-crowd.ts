/**
 * The load bench's phones, in a process of their own (forked by load-bench.ts): a crowd's 200 requests
 * are built, sent and read here, not in the emulator's process, as real phones do that work on their
 * own CPUs. On each `crowd` message every call of every named crowd starts at once; the answer is each
 * call's outcome and the CPU this process spent on the crowd.
 */
import { CROWD, gatewayCall, type CallName, type CallOutcome } from './load-calls'

/** What the bench asks of the crowd process. */
export interface CrowdRequest {
  readonly origin: string
  readonly calls: readonly CallName[]
  /** Sequential calls (the warm-up) instead of all at once. */
  readonly oneByOne?: boolean
  /** Phones per named crowd when not the whole crowd (a warm-up burst). */
  readonly phones?: number
}

/** What the crowd process answers. */
export interface CrowdAnswer {
  readonly outcomes: readonly CallOutcome[]
  readonly cpuMs: number
}

async function run(request: CrowdRequest): Promise<CallOutcome[]> {
  if (request.oneByOne === true) {
    const outcomes: CallOutcome[] = []
    for (const name of request.calls) outcomes.push(await gatewayCall(request.origin, name, outcomes.length))
    return outcomes
  }
  return await Promise.all(request.calls.flatMap(name => Array.from({ length: request.phones ?? CROWD }, (_, index) => gatewayCall(request.origin, name, index))))
}

process.on('message', (request: CrowdRequest) => {
  const before = process.cpuUsage()
  void run(request).then(outcomes => {
    const used = process.cpuUsage(before)
    const answer: CrowdAnswer = { outcomes, cpuMs: (used.user + used.system) / 1000 }
    process.send?.(answer)
  })
})
process.on('disconnect', () => process.exit(0))
