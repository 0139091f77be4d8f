/**
 * `npm run bench -- load`: headroom under a crowd. 200 phones ask at the same moment, through the whole
 * path a phone's request takes (client gateway → the built function → @cloudbase/node-sdk → emulator):
 * the nearest stations (驿站 tab), a bulletin search, and the news feed (首页), each as its own crowd of
 * 200, then one crowd of the three kinds (67 phones each), then all three crowds at once (600 calls,
 * beyond the goal). Prints p50, p99 and the slowest call of each, and how many calls
 * failed (a function past its 10 s timeout answers FUNCTIONS_TIME_LIMIT_EXCEEDED). Goal: p99 ≤ 1 s on this
 * machine. Asserts nothing: the figures are for reading.
 *
 * The crowds are measured twice. First right after the warm-up, when V8 is still compiling the functions'
 * hot code (their first crowds cost them twice the CPU per call of later ones); then once the instances
 * are in their steady state: the crowds are repeated until the server's CPU per call over a round falls
 * by less than a tenth from the round before (a condition, not a count; at most six rounds). The goal is read
 * on the steady state, which is what a busy service's warm instances serve; the first round is printed
 * beside it, so a slow start is never hidden.
 *
 * The phones run in a process of their own (load-crowd.ts), as real phones build, send and read their
 * requests on their own CPUs, not the server's. Beside the times it prints the CPU each process spent per
 * call (the emulator, each function's instances, the phones): on a machine shared with other work the
 * times wander, the CPU per call much less, and it says where the time goes.
 *
 * The data is a city's worth: Jingzhou's demo stations plus 5,000 generated around the city, and 1,000
 * published bulletins generated from the reference bulletin's vocabulary.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { RunningEmulator } from '../../emulator/src/emulator'
import { startBenchStack } from './bench-stack'
import { publishedDocument } from '../../cloudfunctions/bulletins/bulletin-document'
import { DEFAULT_BULLETIN_KINDS } from '../../src/domain/bulletins/bulletin-kinds'
import { DEFAULT_AMENITY_CATALOGUE } from '../../src/domain/stations/amenities'
import { openSpans } from '../../src/domain/stations/open-spans'
import { shanghaiInstant } from '../../src/domain/time/shanghai-time'
import { generateCorpus } from '../seed/bulletin-corpus'
import { gaussian, seededRandom } from '../seed/seeded-random'
import { seedStationsDemo } from '../seed/stations-demo'
import { localCloudbase } from '../local-cloudbase'
import { CROWD, JINGZHOU, type CallName, type CallOutcome } from './load-calls'
import type { CrowdAnswer, CrowdRequest } from './load-crowd'
import { formatMs as ms, percentiles } from './percentiles'
import { childProcessesCpu, type ChildCpu } from './process-cpu'

const GENERATED_STATIONS = 5_000
const BULLETINS = 1_000
const SEED_BATCH = 500
const WARM_UP_ROUNDS = 5
const WARM_UP_BURST = 10
/** Rounds of the crowds at most, the first included, before the last is taken as the steady state. */
const MAX_ROUNDS = 6
/** A round is steady when its server CPU per call (all its crowds) fell by less than this share from the round before. */
const STEADY_FALL = 0.1
/** How often the function instances' CPU is read during a crowd. */
const CPU_LOOK_MS = 250

process.env.TENCENTCLOUD = 'true'

async function seed(emulator: RunningEmulator): Promise<void> {
  const now = new Date()
  await seedStationsDemo(localCloudbase(emulator.adminUrl).database(), now)
  const random = seededRandom(11)
  const hours = { kind: 'weekly' as const, ranges: [{ days: [1, 2, 3, 4, 5, 6, 7] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[], open: '07:00', close: '21:00' }], closedOnHolidays: false }
  const stations = Array.from({ length: GENERATED_STATIONS }, (_, index) => ({
    _id: `load-${index}`,
    code: null,
    name: `荆州职工驿站 ${index}`,
    address: `荆州市测试路 ${index} 号`,
    district: null,
    location: { type: 'Point', coordinates: [JINGZHOU.lng + gaussian(random, 0.06), JINGZHOU.lat + gaussian(random, 0.06)] },
    phone: null,
    hours,
    amenities: DEFAULT_AMENITY_CATALOGUE.map(amenity => amenity.key).filter(() => random() < 0.5),
    standard: '七个一',
    photos: [],
    status: 'active',
    lastVerifiedOn: null,
    openSpans: openSpans(hours),
    version: 1,
    createdAt: now,
    updatedAt: now,
  }))
  for (let start = 0; start < stations.length; start += SEED_BATCH) await emulator.seed('stations', stations.slice(start, start + SEED_BATCH))

  await emulator.seed('bulletin_kinds', DEFAULT_BULLETIN_KINDS.map(kind => ({ _id: kind.key, ...kind, updatedAt: now })))
  const corpus = generateCorpus(BULLETINS, 20171010)
  for (let start = 0; start < corpus.length; start += SEED_BATCH) {
    await emulator.seed(
      'bulletins',
      corpus.slice(start, start + SEED_BATCH).map((entry, offset) => {
        const n = start + offset
        const publishedAt = entry.bulletin.header.issuedOn === null ? now : shanghaiInstant(entry.bulletin.header.issuedOn, 9 * 60 + (n % 600))
        return { ...publishedDocument(`load-${String(n).padStart(5, '0')}`, entry.kind, entry.bulletin, publishedAt, n % 500) }
      }),
    )
  }
}

interface CrowdResult {
  readonly label: string
  readonly outcomes: readonly CallOutcome[]
  readonly wallMs: number
  /** CPU spent during the crowd, in ms, by process group: the emulator, each function, the phones. */
  readonly cpuMs: ReadonlyMap<string, number>
  /** Function instances started while the crowd ran (their start is in their CPU). */
  readonly instancesStarted: number
}

/** The phones' process: asked one crowd at a time. */
class Phones {
  private readonly child: ChildProcess

  constructor(private readonly origin: string) {
    this.child = fork(join(__dirname, 'load-crowd.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
  }

  get pid(): number | undefined {
    return this.child.pid
  }

  ask(calls: readonly CallName[], how: Pick<CrowdRequest, 'oneByOne' | 'phones'> = {}): Promise<CrowdAnswer> {
    return new Promise((resolve, reject) => {
      const onExit = () => reject(new Error('the phones\' process ended'))
      this.child.once('exit', onExit)
      this.child.once('message', answer => {
        this.child.off('exit', onExit)
        resolve(answer as CrowdAnswer)
      })
      const request: CrowdRequest = { origin: this.origin, calls, ...how }
      this.child.send(request)
    })
  }

  stop(): void {
    this.child.disconnect()
  }
}

/** The function a child process runs, from the handler path the emulator starts it with. */
function functionOf(child: ChildCpu): string | null {
  return /[/\\]functions[/\\]([^/\\]+)[/\\]index\.js/.exec(child.commandLine)?.[1] ?? null
}

function functionsCpu(): Map<number, { fn: string; cpuMs: number }> {
  const byPid = new Map<number, { fn: string; cpuMs: number }>()
  for (const child of childProcessesCpu(process.pid)) {
    const fn = functionOf(child)
    if (fn !== null) byPid.set(child.pid, { fn, cpuMs: child.cpuMs })
  }
  return byPid
}

/** Every call of every named crowd starts at once; each is timed from its own start to its answer. */
async function crowd(phones: Phones, label: string, calls: readonly CallName[], phonesPerCall?: number): Promise<CrowdResult> {
  const functionsBefore = functionsCpu()
  // An instance past its time limit is stopped and its process gone by the end: what it used up to the
  // last look counts.
  const lastSeen = new Map(functionsBefore)
  const look = setInterval(() => {
    for (const [pid, seen] of functionsCpu()) lastSeen.set(pid, seen)
  }, CPU_LOOK_MS)
  const emulatorBefore = process.cpuUsage()
  const started = performance.now()
  const answer = await phones.ask(calls, phonesPerCall === undefined ? {} : { phones: phonesPerCall })
  const wallMs = performance.now() - started
  const emulatorUsed = process.cpuUsage(emulatorBefore)
  clearInterval(look)
  for (const [pid, seen] of functionsCpu()) lastSeen.set(pid, seen)
  const cpuMs = new Map<string, number>([['emulator', (emulatorUsed.user + emulatorUsed.system) / 1000]])
  let instancesStarted = 0
  for (const [pid, after] of lastSeen) {
    const before = functionsBefore.get(pid)
    if (before === undefined) instancesStarted += 1
    cpuMs.set(`${after.fn} fn`, (cpuMs.get(`${after.fn} fn`) ?? 0) + after.cpuMs - (before?.cpuMs ?? 0))
  }
  cpuMs.set('phones', answer.cpuMs)
  return { label, outcomes: answer.outcomes, wallMs, cpuMs, instancesStarted }
}

function table(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((heading, column) => Math.max(heading.length, ...rows.map(row => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ')}\n`
  process.stdout.write(`\n${title}\n`)
  process.stdout.write(line(header))
  for (const row of rows) process.stdout.write(line(row))
}

/** The server's CPU per call over crowds: every process but the phones'. */
function serverCpuPerCall(results: readonly CrowdResult[]): number {
  let total = 0
  let calls = 0
  for (const result of results) {
    for (const [group, cpuMs] of result.cpuMs) if (group !== 'phones') total += cpuMs
    calls += result.outcomes.length
  }
  return total / calls
}

/** Each crowd in turn, one of the three kinds, then all three crowds at once. */
async function crowds(phones: Phones): Promise<CrowdResult[]> {
  return [
    await crowd(phones, 'stations.nearby', ['nearby']),
    await crowd(phones, 'bulletins.search', ['search']),
    await crowd(phones, 'bulletins.list (feed)', ['feed']),
    // The goal's 200 parallel calls read as one crowd of the three kinds.
    await crowd(phones, 'a third of each at once', ['nearby', 'search', 'feed'], Math.ceil(CROWD / 3)),
    // Three crowds at once: 600 calls, beyond the goal; how the headroom ends.
    await crowd(phones, 'all three crowds at once', ['nearby', 'search', 'feed']),
  ]
}

function report(title: string, results: readonly CrowdResult[]): void {
  table(
    `${title}: ${CROWD} phones at once per crowd, through gateway → function → SDK → emulator (goal: p99 ≤ 1 s)`,
    ['crowd', 'calls', 'p50', 'p99', 'slowest', 'all done', 'failed', 'p99 ≤ 1 s'],
    results.map(result => {
      const timing = percentiles(result.outcomes.map(outcome => outcome.ms))
      const slowest = Math.max(...result.outcomes.map(outcome => outcome.ms))
      const failures = result.outcomes.filter(outcome => !outcome.ok)
      const codes = [...new Set(failures.map(failure => failure.code))].join(', ')
      return [
        result.label,
        String(result.outcomes.length),
        ms(timing.p50),
        ms(timing.p99),
        ms(slowest),
        ms(result.wallMs),
        failures.length === 0 ? '0' : `${failures.length} (${codes})`,
        timing.p99 <= 1000 ? 'yes' : 'no',
      ]
    }),
  )
  const groups = [...new Set(results.flatMap(result => [...result.cpuMs.keys()]))]
  table(
    'CPU per call, by process (ms of user + system CPU over the crowd ÷ its calls; the server\'s share is all but "phones")',
    ['crowd', ...groups, 'server total', 'instances started'],
    results.map(result => {
      const perCall = (group: string) => (result.cpuMs.get(group) ?? 0) / result.outcomes.length
      return [result.label, ...groups.map(group => ms(perCall(group))), ms(serverCpuPerCall([result])), String(result.instancesStarted)]
    }),
  )
}

async function main(): Promise<void> {
  const emulator = await startBenchStack('load-bench', ['stations', 'bulletins'])
  const phones = new Phones(emulator.origin)
  try {
    const seedStarted = performance.now()
    await seed(emulator)
    process.stdout.write(`seeded ${GENERATED_STATIONS.toLocaleString('en')} stations around Jingzhou and ${BULLETINS.toLocaleString('en')} bulletins in ${ms(performance.now() - seedStarted)}\n`)

    // Warm the function workers and the emulator's code paths one call at a time first, then with two small
    // bursts, the first of which makes each function start all its instances: a crowd measures serving, not
    // the start of a process, which in CloudBase happens on another machine and here would take the crowd's CPU.
    const warmUps = [
      await phones.ask(Array.from({ length: WARM_UP_ROUNDS }, (): CallName[] => ['nearby', 'search', 'feed']).flat(), { oneByOne: true }),
      await phones.ask(['nearby', 'search', 'feed'], { phones: WARM_UP_BURST }),
      await phones.ask(['nearby', 'search', 'feed'], { phones: WARM_UP_BURST }),
    ]
    const failed = warmUps.flatMap(warmUp => warmUp.outcomes).find(outcome => !outcome.ok)
    if (failed !== undefined) throw new Error(`warm-up call failed: ${failed.code ?? 'unknown'}`)

    const first = await crowds(phones)
    report('load bench, first crowds (V8 still compiling the functions)', first)
    let previous = first
    let rounds = 1
    let steady = false
    while (!steady && rounds < MAX_ROUNDS) {
      const next = await crowds(phones)
      rounds += 1
      steady = serverCpuPerCall(next) >= serverCpuPerCall(previous) * (1 - STEADY_FALL)
      previous = next
    }
    report(`load bench, steady state (round ${rounds}${steady ? '' : `, the CPU per call still falling after ${MAX_ROUNDS} rounds`})`, previous)
  } finally {
    phones.stop()
    await emulator.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
