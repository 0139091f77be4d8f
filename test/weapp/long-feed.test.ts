import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedBulletinCorpus } from '../../scripts/seed/seed-bulletin-corpus'
import { SET_DATA_LIMIT_BYTES } from './harness/host-instance'
import { startWeappStack, type WeappStack } from './weapp-stack'

let stack: WeappStack

const LONG_FEED = 1_000
/** A bulletin card as a screen reader announces it: its title, then its kind. */
const CARD_LABEL = /^(.*?)，(?:工作简报|通知公告|政策法规|维权案例)，/

beforeAll(async () => {
  // A city whose union has published 1,000 bulletins (and none of the demo ones).
  stack = await startWeappStack({ demoData: ['demo users'] })
  await seedBulletinCorpus((collection, documents) => stack.emulator.seed(collection, documents), LONG_FEED)
})

afterAll(async () => {
  await stack?.stop()
})

describe('a long bulletin feed in the weapp build', () => {
  it('scrolls to all 1,000 bulletins, each shown once, without a setData over WeChat\'s 256 KB', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    const labels = () => app.queryAllByRole('button', { name: CARD_LABEL }).map(card => String(card.attrs.ariaLabel))
    await app.waitFor(() => labels().length > 0 || undefined, 'the first page of the feed')
    let shown = labels().length
    while (shown < LONG_FEED) {
      await app.settle()
      app.reachBottom()
      // Rendering 1,000 cards is the slow part: look once the app is idle again, not at every setData.
      await app.settle()
      const now = labels().length
      expect(now, 'the feed grows at the bottom').toBeGreaterThan(shown)
      shown = now
    }
    // Every bulletin exactly once (titles repeat across years, so compare the lists, not a set).
    const shownTitles = labels().map(label => CARD_LABEL.exec(label)?.[1]).sort()
    const storedTitles = stack.emulator.database.find('bulletins', { status: 'published' }).map(document => String((document.body as { title: string }).title)).sort()
    expect(shownTitles).toHaveLength(LONG_FEED)
    expect(shownTitles).toEqual(storedTitles)
    await app.findByText('没有更多了')
    expect(Math.max(...app.setDataCalls.map(call => call.bytes))).toBeLessThanOrEqual(SET_DATA_LIMIT_BYTES)
    app.close()
    // Fifty pages, each a real round trip through the function and a render of the growing list:
    // minutes on a loaded two-core machine, where the project's default of 90 s is for one flow.
  }, 300_000)
})
