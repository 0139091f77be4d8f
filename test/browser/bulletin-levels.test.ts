import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bulletinKindsRepository } from '../../cloudfunctions/bulletins/bulletin-kinds-repository'
import { runImport } from '../../scripts/import-bulletin'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { DEFAULT_BULLETIN_KINDS } from '../../src/domain/bulletins/bulletin-kinds'
import { parseBulletin } from '../../src/domain/bulletins/parse-bulletin'
import { BULLETIN_FIXTURES, BULLETIN_FIXTURES_DIR, fixtureText } from '../support/bulletin-fixtures'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'

let stack: BrowserStack

/** Each fixture's stored id, once imported and published as staff would with the import command. */
const ids = new Map<string, string>()

function parsed(file: string): Bulletin {
  const result = parseBulletin(fixtureText(file))
  if (!result.ok) throw new Error(`${file} was refused`)
  return result.bulletin
}

/** How the page prints a heading's words: runs of white space as one space. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

beforeAll(async () => {
  // The people and the kinds, but not the demo bulletins: they are made-up issues of the same briefs, which
  // would make each import a repeat of an issue already published.
  stack = await startBrowserStack({ demoData: ['demo users'] })
  const kinds = bulletinKindsRepository(stack.app.database())
  for (const kind of DEFAULT_BULLETIN_KINDS) await kinds.addIfMissing(kind, new Date())
  for (const { file, kind } of BULLETIN_FIXTURES) {
    const errors: string[] = []
    const code = await runImport({ file: join(BULLETIN_FIXTURES_DIR, file), publish: true, kind }, { out: () => undefined, err: line => errors.push(line) }, () => stack.app.database())
    if (code !== 0) throw new Error(`${file} did not import: ${errors.join('; ')}`)
    const [stored] = stack.emulator.database.find('bulletins', { status: 'published', 'body.title': parsed(file).body.title, 'header.issuedOn': parsed(file).header.issuedOn })
    if (stored === undefined) throw new Error(`${file} is not published after its import`)
    ids.set(file, String(stored._id))
  }
})

afterAll(async () => {
  await stack?.stop()
})

describe('every bulletin of the corpus, in Chromium', () => {
  it.each(BULLETIN_FIXTURES)('shows $file with its items in the contents and each point as a heading at its level', async ({ file }) => {
    const bulletin = parsed(file)
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
