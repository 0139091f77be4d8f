/**
 * `npm run bench -- load`: headroom under a crowd. 200 phones ask at the same moment, through the whole
 * path a phone's request takes (client gateway → the built function → @cloudbase/node-sdk → emulator):
 * the nearest stations (驿站 tab), a bulletin search, and the news feed (首页), each as its own crowd of
 * 200 and then all three crowds at once. Prints p50, p99 and the slowest call of each, and how many calls
 * failed (a function past its 10 s timeout answers FUNCTIONS_TIME_LIMIT_EXCEEDED). Goal: p99 ≤ 1 s on this
 * machine. Asserts nothing: the figures are for reading.
 *
 * The data is a city's worth: Jingzhou's demo stations plus 5,000 generated around the city, and 1,000
 * published bulletins generated from the reference bulletin's vocabulary.
 */
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
import { formatMs as ms, percentiles } from './percentiles'

const CROWD = 200
const GENERATED_STATIONS = 5_000
const BULLETINS = 1_000
const SEED_BATCH = 500
const WARM_UP_ROUNDS = 5
const JINGZHOU = { lng: 112.24, lat: 30.335 }
const SEARCHES = ['爱心驿站', '农民工维权', '夏送清凉', '驿站', '工伤认定', '沙市区 驿站', '工会', '技能比武'] as const

process.env.TENCENTCLOUD = 'true'

interface CallOutcome {
  readonly ms: number
  readonly ok: boolean
  readonly code: string | null
}

type Call = (index: number) => Promise<CallOutcome>

function gatewayCall(emulator: RunningEmulator, fn: string, action: string, payload: (index: number) => unknown): Call {
  return async index => {
    const started = performance.now()
    try {
      const response = await fetch(`${emulator.origin}/client/functions/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-WX-OPENID': `load-worker-${index % 50}` },
        body: JSON.stringify({ action, payload: payload(index) }),
      })
      const body = (await response.json()) as { result?: { ok?: boolean; error?: { code?: string } }; errCode?: number; errMsg?: string }
      const ok = response.ok && body.result?.ok === true
      const code = ok ? null : body.result?.error?.code ?? body.errMsg?.slice(0, 60) ?? `HTTP ${response.status}`
      return { ms: performance.now() - started, ok, code }
    } catch (error) {
      return { ms: performance.now() - started, ok: false, code: error instanceof Error ? error.message.slice(0, 60) : 'failed' }
    }
  }
}

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
}

/** Every call of every crowd starts at once; each is timed from its own start to its answer. */
async function crowd(label: string, crowds: readonly Call[]): Promise<CrowdResult> {
  const started = performance.now()
  const outcomes = await Promise.all(crowds.flatMap(call => Array.from({ length: CROWD }, (_, index) => call(index))))
  return { label, outcomes, wallMs: performance.now() - started }
}

function report(results: readonly CrowdResult[]): void {
  const rows = results.map(result => {
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
  })
  const header = ['crowd', 'calls', 'p50', 'p99', 'slowest', 'all done', 'failed', 'p99 ≤ 1 s']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ')}\n`
  process.stdout.write(`\nload bench: ${CROWD} phones at once per crowd, through gateway → function → SDK → emulator (goal: p99 ≤ 1 s)\n`)
  process.stdout.write(line(header))
  for (const row of rows) process.stdout.write(line(row))
}

async function main(): Promise<void> {
  const emulator = await startBenchStack('load-bench', ['stations', 'bulletins'])
  try {
    const seedStarted = performance.now()
    await seed(emulator)
    process.stdout.write(`seeded ${GENERATED_STATIONS.toLocaleString('en')} stations around Jingzhou and ${BULLETINS.toLocaleString('en')} bulletins in ${ms(performance.now() - seedStarted)}\n`)

    const origins = (() => {
      const random = seededRandom(5)
      return Array.from({ length: CROWD }, () => ({ lng: JINGZHOU.lng + gaussian(random, 0.03), lat: JINGZHOU.lat + gaussian(random, 0.03) }))
    })()
    const nearby = gatewayCall(emulator, 'stations', 'nearby', index => ({
      origin: origins[index % origins.length],
      filter: { amenities: index % 3 === 0 ? ['charging'] : [], openNow: index % 2 === 0, radiusMeters: 3000 },
      limit: 20,
    }))
    const search = gatewayCall(emulator, 'bulletins', 'search', index => ({ query: SEARCHES[index % SEARCHES.length] }))
    const feed = gatewayCall(emulator, 'bulletins', 'list', () => ({}))

    // Warm the function workers and the emulator's code paths one call at a time first.
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      for (const call of [nearby, search, feed]) {
        const outcome = await call(round)
        if (!outcome.ok) throw new Error(`warm-up call failed: ${outcome.code ?? 'unknown'}`)
      }
    }

    const results = [
      await crowd('stations.nearby', [nearby]),
      await crowd('bulletins.search', [search]),
      await crowd('bulletins.list (feed)', [feed]),
      await crowd('all three at once', [nearby, search, feed]),
    ]
    report(results)
  } finally {
    await emulator.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
