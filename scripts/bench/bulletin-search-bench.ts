/**
 * `npm run bench -- bulletin`: Chinese full-text search over 1,000 and 10,000 published bulletins through
 * the real path — HTTP client gateway → the built `bulletins` function → @cloudbase/node-sdk → emulator,
 * whose multikey indexes on `searchTerms`/`titleTerms` answer `$all` — and how its cost grows with the
 * corpus. Prints figures; asserts nothing about time (targets live in the lead's review, not in tests).
 *
 * The corpus is generated from the reference bulletin's vocabulary (scripts/seed/bulletin-corpus.ts):
 * monthly work briefs of ten issuers with items and 一是/二是 sub-points, and notices, policy explainers
 * and rights cases. Queries range from rare (太极拳) to in-nearly-every-bulletin (工会), and include words found only
 * in another order or through the synonym table (工资拖欠, 讨薪).
 */
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startEmulator, type RunningEmulator } from '../../emulator/src/emulator'
import { queryTerms } from '../../src/domain/bulletins/search-terms'
import { buildFunctions } from '../build-functions'
import { seedBulletinCorpus } from '../seed/seed-bulletin-corpus'
import { formatMs as ms, percentiles, type Timing } from './percentiles'

const root = resolve(__dirname, '..', '..')
const SIZES = [1_000, 10_000] as const
const RUNS = 50
const WARM_UP = 3
/** Rounds over every query before timing: warms the function's worker and the emulator's own code alike. */
const GLOBAL_WARM_UP = 10

/** Realistic queries, rare to common; two words must both be found. */
const QUERIES = ['太极拳', '爱心驿站', '农民工维权', '金蓝领', '夏送清凉', '技能比武', '驿站', '工伤认定', '沙市区 驿站', '工会', '讨薪', '工资拖欠'] as const

process.env.TENCENTCLOUD = 'true'


interface Envelope {
  readonly ok: boolean
  readonly data?: { readonly items?: readonly unknown[]; readonly nextCursor?: string | null }
  readonly error?: { readonly code: string }
}

async function call(emulator: RunningEmulator, action: string, payload: unknown): Promise<Envelope> {
  const response = await fetch(`${emulator.origin}/client/functions/bulletins`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': 'bench-worker' },
    body: JSON.stringify({ action, payload }),
  })
  const body = (await response.json()) as { result: Envelope }
  if (!body.result.ok) throw new Error(`${action} failed: ${body.result.error?.code ?? 'unknown'}`)
  return body.result
}

async function timeRuns(run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARM_UP; i++) await run()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await run()
    samples.push(performance.now() - started)
  }
  return percentiles(samples)
}

interface SizeResult {
  readonly size: number
  readonly perQuery: Map<string, { timing: Timing; firstPage: number }>
  readonly all: Timing
  readonly nextPage: Timing
  readonly listFirstPage: Timing
}

async function benchSize(size: number): Promise<SizeResult> {
  const emulator = await startEmulator({
    inMemory: true,
    databaseConfig: join(root, 'database', 'collections.json'),
    functionsDir: join(root, 'dist', 'cloudfunctions'),
    cloudbaserc: join(root, 'cloudbaserc.json'),
    functionTimers: 'manual',
  })
  try {
    const seedStarted = performance.now()
    const { terms } = await seedBulletinCorpus((collection, documents) => emulator.seed(collection, documents), size)
    process.stdout.write(
      `\n${size.toLocaleString('en')} bulletins seeded in ${ms(performance.now() - seedStarted)}: ${Math.round(terms / size)} search terms per bulletin on average, ${terms.toLocaleString('en')} index entries\n`,
    )
    // The function's worker starts cold and so does the emulator's query code: warm both on every query first.
    for (let round = 0; round < GLOBAL_WARM_UP; round++) for (const query of QUERIES) await call(emulator, 'search', { query })
    const perQuery = new Map<string, { timing: Timing; firstPage: number }>()
    const allSamples: number[] = []
    for (const query of QUERIES) {
      const candidates = emulator.database.find('bulletins', { status: 'published', searchTerms: { $all: queryTerms(query) ?? [] } }, { _id: 1 }).length
      const first = await call(emulator, 'search', { query })
      const timing = await timeRuns(async () => {
        const started = performance.now()
        await call(emulator, 'search', { query })
        allSamples.push(performance.now() - started)
      })
      perQuery.set(query, { timing, firstPage: first.data?.items?.length ?? 0 })
      process.stdout.write(
        `  search ${query.padEnd(6, '　')} ${String(candidates).padStart(6)} candidates  ${String(first.data?.items?.length ?? 0).padStart(2)} hits on page 1   p50 ${ms(timing.p50).padStart(8)}   p99 ${ms(timing.p99).padStart(8)}\n`,
      )
    }
    const common = await call(emulator, 'search', { query: '工会' })
    const cursor = common.data?.nextCursor ?? undefined
    const nextPage = await timeRuns(() => call(emulator, 'search', { query: '工会', ...(cursor ? { cursor } : {}) }))
    const listFirstPage = await timeRuns(() => call(emulator, 'list', {}))
    return { size, perQuery, all: percentiles(allSamples), nextPage, listFirstPage }
  } finally {
    await emulator.stop()
  }
}

async function main(): Promise<void> {
  await buildFunctions(['bulletins'])
  process.stdout.write(`Search through gateway → function → SDK → emulator; ${RUNS} timed runs per query after ${WARM_UP} warm-up runs.\n`)
  const results: SizeResult[] = []
  for (const size of SIZES) results.push(await benchSize(size))

  const [small, large] = results
  if (!small || !large) return
  const growth = (a: number, b: number) => `×${(b / a).toFixed(2)}`
  process.stdout.write('\nHow the cost grows with the corpus (×10 bulletins):\n')
  process.stdout.write(`  ${'query'.padEnd(10, ' ')} ${'p50 @1k'.padStart(9)} ${'p50 @10k'.padStart(9)}  growth\n`)
  for (const query of QUERIES) {
    const a = small.perQuery.get(query)
    const b = large.perQuery.get(query)
    if (!a || !b) continue
    process.stdout.write(`  ${query.padEnd(6, '　')} ${ms(a.timing.p50).padStart(9)} ${ms(b.timing.p50).padStart(9)}  ${growth(a.timing.p50, b.timing.p50)}\n`)
  }
  process.stdout.write(`  all queries        p50 ${ms(small.all.p50)} → ${ms(large.all.p50)} (${growth(small.all.p50, large.all.p50)}), p99 ${ms(small.all.p99)} → ${ms(large.all.p99)} (${growth(small.all.p99, large.all.p99)})\n`)
  process.stdout.write(`  search 工会, page 2  p50 ${ms(small.nextPage.p50)} → ${ms(large.nextPage.p50)}, p99 ${ms(small.nextPage.p99)} → ${ms(large.nextPage.p99)}\n`)
  process.stdout.write(`  news list, page 1  p50 ${ms(small.listFirstPage.p50)} → ${ms(large.listFirstPage.p50)}, p99 ${ms(small.listFirstPage.p99)} → ${ms(large.listFirstPage.p99)}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
