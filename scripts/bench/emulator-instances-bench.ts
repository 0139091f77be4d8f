/**
 * `npm run bench -- emulator`: how the emulator's functions host serves a rush on one function. 200
 * people open 驿站 at the same moment: 200 parallel `stations.nearby` calls through the client gateway
 * (the H5 app's path) → the built `stations` function → @cloudbase/node-sdk → emulator, over the demo
 * city's stations, with the function run as 1, 2 and 4 instances (`--function-instances`). The
 * emulator runs as its own process (the CLI), so the 200 callers here do not share its event loop.
 * Prints calls per second and the latency each caller saw, beside one call on its own. Targets live
 * here, not in tests: with more instances than one, the rush is served faster than by one process.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildFunctions } from '../build-functions'
import { localCloudbase } from '../local-cloudbase'
import { seedDemoDataOnce } from '../seed/seed-demo-data'
import { gaussian, seededRandom } from '../seed/seeded-random'
import { formatMs as ms, percentiles } from './percentiles'

const root = resolve(__dirname, '..', '..')
const CLI = join(root, 'emulator', 'src', 'cli.ts')
const LISTENING = /CloudBase emulator listening on (http:\/\/127\.0\.0\.1:\d+)\/admin/
const INSTANCE_COUNTS = [1, 2, 4] as const
const PARALLEL_CALLS = 200
const ROUNDS = 6
/** Rushes before timing: every instance is started (a new one starts whenever all are busy) and warm. */
const WARM_UP_ROUNDS = 6
const ALONE_CALLS = 40
/** 荆州 (GCJ-02): the demo stations' city. */
const JINGZHOU = { lng: 112.24, lat: 30.33 }

process.env.TENCENTCLOUD = 'true'

/** The emulator CLI as a child process. */
interface ServedEmulator {
  readonly origin: string
  readonly adminUrl: string
  stop(): Promise<void>
}

async function serveEmulator(functionsDir: string, instances: number): Promise<ServedEmulator> {
  const child: ChildProcess = spawn(process.execPath, [
    '--import', 'tsx', CLI, '--port', '0', '--in-memory',
    '--db-config', join(root, 'database', 'collections.json'),
    '--functions', functionsDir,
    '--cloudbaserc', join(root, 'cloudbaserc.json'),
    '--function-instances', String(instances),
  ], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TENCENTCLOUD: 'true' } })
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => { log = (log + chunk.toString('utf8')).slice(-4000) })
  const exited = new Promise<void>(done => child.once('exit', () => done()))
  const origin = await new Promise<string>((found, fail) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = LISTENING.exec(output)
      if (match?.[1] !== undefined) found(match[1])
    })
    void exited.then(() => fail(new Error(`the emulator exited before listening:\n${log}`)))
  })
  return {
    origin,
    adminUrl: `${origin}/admin`,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

interface Figures {
  readonly instances: number
  readonly callsPerSecond: number
  readonly p50: number
  readonly p99: number
  readonly aloneP50: number
  readonly failed: number
}

/** Bundles the stations function into the bench's own folder, so a build of dist/ elsewhere cannot change it mid-run. */
async function buildStationsFunction(): Promise<string> {
  const functionsDir = join(root, '.cache', 'emulator-instances-bench', 'functions')
  await buildFunctions(['stations'], functionsDir)
  return functionsDir
}

function origins(count: number, seed: number): { lng: number; lat: number }[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => ({ lng: JINGZHOU.lng + gaussian(random, 0.02), lat: JINGZHOU.lat + gaussian(random, 0.02) }))
}

async function nearby(emulator: ServedEmulator, origin: { lng: number; lat: number }, caller: number): Promise<void> {
  const response = await fetch(`${emulator.origin}/client/functions/stations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': `bench-worker-${caller}` },
    body: JSON.stringify({ action: 'nearby', payload: { origin, filter: { amenities: [], openNow: true, radiusMeters: 5000 }, limit: 20 } }),
  })
  const body = (await response.json()) as { result?: { ok?: boolean } }
  if (body.result?.ok !== true) throw new Error(`nearby failed: ${JSON.stringify(body).slice(0, 300)}`)
}

interface Rush {
  /** Latency of each call that answered. */
  readonly latencies: number[]
  /** Calls that failed (a busy machine can push a call past the function's time limit). */
  readonly failed: number
  readonly wallMs: number
}

/** One rush: every caller at once; answers each caller's latency and how long the whole rush took. */
async function rush(emulator: ServedEmulator, round: number): Promise<Rush> {
  const start = performance.now()
  const outcomes = await Promise.allSettled(origins(PARALLEL_CALLS, 1000 + round).map(async (origin, caller) => {
    const sent = performance.now()
    await nearby(emulator, origin, caller)
    return performance.now() - sent
  }))
  const latencies = outcomes.flatMap(outcome => (outcome.status === 'fulfilled' ? [outcome.value] : []))
  return { latencies, failed: outcomes.length - latencies.length, wallMs: performance.now() - start }
}

async function measure(functionsDir: string, instances: number): Promise<Figures> {
  const emulator = await serveEmulator(functionsDir, instances)
  try {
    await seedDemoDataOnce(localCloudbase(emulator.adminUrl).database(), new Date())
    for (let round = 0; round < WARM_UP_ROUNDS; round += 1) await rush(emulator, -1 - round)
    const alone: number[] = []
    for (const origin of origins(ALONE_CALLS, 7)) {
      const sent = performance.now()
      await nearby(emulator, origin, 0)
      alone.push(performance.now() - sent)
    }
    const latencies: number[] = []
    const throughputs: number[] = []
    let failed = 0
    for (let round = 0; round < ROUNDS; round += 1) {
      const result = await rush(emulator, round)
      latencies.push(...result.latencies)
      failed += result.failed
      throughputs.push(result.latencies.length / (result.wallMs / 1000))
    }
    throughputs.sort((a, b) => a - b)
    const { p50, p99 } = percentiles(latencies)
    return { instances, callsPerSecond: throughputs[Math.floor(throughputs.length / 2)] ?? Number.NaN, p50, p99, aloneP50: percentiles(alone).p50, failed }
  } finally {
    await emulator.stop()
  }
}

async function main(): Promise<void> {
  process.stdout.write('building the stations function…\n')
  const functionsDir = await buildStationsFunction()
  const rows: Figures[] = []
  for (const instances of INSTANCE_COUNTS) {
    rows.push(await measure(functionsDir, instances))
    process.stdout.write(`  measured ${instances} instance${instances === 1 ? '' : 's'}\n`)
  }
  const single = rows[0]
  process.stdout.write(`\nfunctions host: ${PARALLEL_CALLS} parallel stations.nearby calls (demo city, client gateway → function → SDK → emulator), median of ${ROUNDS} rushes\n`)
  process.stdout.write('  instances   calls/s   vs 1   rush p50   rush p99   one call alone p50   failed calls\n')
  for (const row of rows) {
    const speedup = single === undefined ? '' : `${(row.callsPerSecond / single.callsPerSecond).toFixed(2)}×`
    process.stdout.write(`  ${String(row.instances).padStart(9)}   ${row.callsPerSecond.toFixed(0).padStart(7)}   ${speedup.padStart(4)}   ${ms(row.p50).padStart(8)}   ${ms(row.p99).padStart(8)}   ${ms(row.aloneP50).padStart(18)}   ${String(row.failed).padStart(12)}\n`)
  }
  process.stdout.write('  target: more instances serve the rush faster than one (each instance is its own process; the emulator\'s own process serves the database)\n')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
