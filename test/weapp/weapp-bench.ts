/**
 * `npm run bench -- weapp`: setData discipline in the weapp build, run headlessly as WeChat runs it
 * (test/weapp/harness) against the emulator's real functions. For each tab's first screen and for the
 * bulletin feed scrolled to 1,000 items it prints how many setData calls the app made, the largest one
 * and the total, against WeChat's 256 KB limit per call and the team's goal for a first screen
 * (≤ 5 calls, ≤ 64 KB in all). Prints figures; the tests assert only WeChat's limit.
 */
import type { SetDataRecord } from './harness/host-instance'
import { SET_DATA_LIMIT_BYTES } from './harness/host-instance'
import type { MiniProgram } from './harness/mini-program'
import { buildFunctions } from '../../scripts/build-functions'
import { seedBulletinCorpus } from '../../scripts/seed/seed-bulletin-corpus'
import { acceptConsent, startWeappStack } from './weapp-stack'

process.env.TENCENTCLOUD = 'true'

const FIRST_SCREEN_GOAL = { calls: 5, totalBytes: 64 * 1024 }
const LONG_FEED = 1_000
/** Somewhere in 荆州 (GCJ-02), among the demo stations. */
const JINGZHOU = { lng: 112.2397, lat: 30.3269 }
const TABS = [
  ['首页', 'pages/home/index'],
  ['驿站', 'pages/stations/index'],
  ['服务', 'pages/services/index'],
  ['我的', 'pages/me/index'],
] as const

interface Figures {
  readonly calls: number
  readonly largest: number
  readonly total: number
}

function figuresOf(records: readonly SetDataRecord[]): Figures {
  return {
    calls: records.length,
    largest: Math.max(0, ...records.map(record => record.bytes)),
    total: records.reduce((sum, record) => sum + record.bytes, 0),
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

function row(label: string, figures: Figures, goal: string): string {
  return `${label.padEnd(34)}${String(figures.calls).padStart(6)}${kb(figures.largest).padStart(12)}${kb(figures.total).padStart(12)}   ${goal}`
}

function firstScreenGoal(figures: Figures): string {
  const met = figures.calls <= FIRST_SCREEN_GOAL.calls && figures.total <= FIRST_SCREEN_GOAL.totalBytes
  return met ? 'within goal' : `over goal (≤ ${FIRST_SCREEN_GOAL.calls} calls, ≤ ${kb(FIRST_SCREEN_GOAL.totalBytes)})`
}

function cardCount(app: MiniProgram): number {
  return app.queryAllByRole('button', { name: /，(工作简报|通知公告|政策法规|维权案例)，/ }).length
}

async function main(): Promise<void> {
  await buildFunctions()
  const stack = await startWeappStack()
  try {
    const lines: string[] = [`${'screen'.padEnd(34)}${'calls'.padStart(6)}${'largest'.padStart(12)}${'total'.padStart(12)}`]

    const firstVisit = await stack.launch('demo-worker')
    await firstVisit.settle()
    const firstVisitFigures = figuresOf(firstVisit.setDataCalls)
    lines.push(row('首页, first visit (consent sheet)', firstVisitFigures, firstScreenGoal(firstVisitFigures)))
    await acceptConsent(firstVisit)
    await firstVisit.settle()
    const storage = firstVisit.storageSnapshot()
    firstVisit.close()

    for (const [name, route] of TABS) {
      const app = await stack.launch('demo-worker', { privacyAgreed: true, storage, entry: route, location: { permission: 'granted', fix: JINGZHOU } })
      await app.settle()
      const figures = figuresOf(app.setDataCalls)
      lines.push(row(`${name}, first screen`, figures, firstScreenGoal(figures)))
      app.close()
    }

    // A city whose union has published 1,000 bulletins (and none of the demo ones).
    const longFeedStack = await startWeappStack({ demoData: ['demo users'] })
    await seedBulletinCorpus((collection, documents) => longFeedStack.emulator.seed(collection, documents), LONG_FEED)
    const feed = await longFeedStack.launch('demo-worker', { privacyAgreed: true, storage })
    await feed.settle()
    const before = feed.setDataCalls.length
    let cards = cardCount(feed)
    while (cards < LONG_FEED) {
      feed.reachBottom()
      await feed.settle()
      const now = cardCount(feed)
      if (now === cards) throw new Error(`the feed stopped growing at ${cards} cards`)
      cards = now
    }
    const scrolled = feed.setDataCalls.slice(before)
    const scrollFigures = figuresOf(scrolled)
    lines.push(
      row(
        `feed scrolled to ${cards.toLocaleString('en')} cards`,
        scrollFigures,
        `last call ${kb(scrolled.at(-1)?.bytes ?? 0)}; ${scrollFigures.largest <= SET_DATA_LIMIT_BYTES ? 'within' : 'OVER'} WeChat's 256 KB per call`,
      ),
    )
    feed.close()
    await longFeedStack.stop()
    console.log(lines.join('\n'))
  } finally {
    await stack.stop()
  }
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})
