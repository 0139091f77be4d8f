import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BULLETIN_FIXTURES } from '../support/bulletin-fixtures'
import { parsedFixture, publishBulletinFixtures } from '../support/publish-bulletin-fixtures'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'

let stack: BrowserStack

/** Each fixture's stored id, once imported and published as staff would with the import command. */
let ids = new Map<string, string>()

/** How the page prints a heading's words: runs of white space as one space. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

beforeAll(async () => {
  // The people, not the demo bulletins (see publishBulletinFixtures).
  stack = await startBrowserStack({ demoData: ['demo users'] })
  ids = await publishBulletinFixtures(stack)
})

afterAll(async () => {
  await stack?.stop()
})

describe('every bulletin of the corpus, in Chromium', () => {
  it.each(BULLETIN_FIXTURES)('shows $file with its items in the contents and each point as a heading at its level', async ({ file }) => {
    const bulletin = parsedFixture(file)
    const { context, page } = await stack.openApp('demo-worker', { path: `packages/bulletins/detail/index?id=${ids.get(file)}` })
    const article = page.locator('.bulletin-article')
    await expectVisible(article.getByRole('heading', { level: 1, name: bulletin.body.title }))
    expect(await page.getByRole('button', { name: /^跳到第 \d+ 项/ }).count()).toBe(bulletin.body.items.length)
    for (const item of bulletin.body.items) {
      for (const point of item.points) {
        const shown = (await article.getByRole('heading', { level: point.level + 1 }).allTextContents()).map(words)
        expect(shown.some(heading => heading.includes(words(point.lead))), `${file}: ${point.label}${point.lead} at level ${point.level}`).toBe(true)
      }
    }
    await context.close()
  })
})
