import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { DEFAULT_BULLETIN_KINDS } from '../../src/domain/bulletins/bulletin-kinds'
import { parseBulletin } from '../../src/domain/bulletins/parse-bulletin'
import type { FunctionResponse } from '../../src/domain/contracts/envelope'
import { bulletinKindsRepository } from '../../cloudfunctions/bulletins/bulletin-kinds-repository'
import { runImport } from '../../scripts/import-bulletin'
import { BULLETIN_FIXTURES, BULLETIN_FIXTURES_DIR, fixtureText } from '../support/bulletin-fixtures'
import { asStaff, asWorker, startTestStack, type TestStack } from '../support/test-stack'

const root = resolve(__dirname, '..', '..')
let stack: TestStack

beforeAll(async () => {
  stack = await startTestStack()
  const kinds = bulletinKindsRepository(stack.db)
  for (const kind of DEFAULT_BULLETIN_KINDS) await kinds.addIfMissing(kind, new Date())
})

afterAll(async () => {
  await stack.stop()
})

function expectOk<T>(response: FunctionResponse<T>): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.error.code}: ${response.error.message}`)
  return response.data
}

function parsedFixture(file: string): Bulletin {
  const result = parseBulletin(fixtureText(file))
  if (!result.ok) throw new Error(`${file} was refused: ${JSON.stringify(result.errors)}`)
  return result.bulletin
}

/** The stored id of a fixture once imported: the one bulletin with its title. */
function storedId(file: string): string {
  const [stored, ...more] = stack.emulator.database.find('bulletins', { 'body.title': parsedFixture(file).body.title })
  if (!stored || more.length > 0) throw new Error(`expected one stored copy of ${file}`)
  return String(stored._id)
}

// The first fixture through the real command, as an operator types it; the rest through its entry point.
const [first, ...rest] = BULLETIN_FIXTURES.filter((fixture) => fixture.encoding === 'GB18030')
const viaEntryPoint = BULLETIN_FIXTURES.filter((fixture) => fixture !== first)

describe('every fixture imports through npm run import:bulletin, and reads back with its levels', () => {
  it(`runs the command itself on a GBK file: ${first?.file ?? ''}`, async () => {
    if (!first) throw new Error('the corpus has no GBK file')
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'import-bulletin.ts'), join(BULLETIN_FIXTURES_DIR, first.file), '--publish', '--kind', first.kind, '--admin-url', stack.emulator.adminUrl],
      { cwd: root, env: { ...process.env, TENCENTCLOUD: 'true' } },
    )
    expect(stdout).toContain('GB18030')
    expect(stdout).toContain('已发布')
    const detail = expectOk(await stack.call('bulletins', 'get', { id: storedId(first.file) }, { as: asWorker }))
    expect({ header: detail.header, body: detail.body }).toEqual(parsedFixture(first.file))
    expect(rest.length).toBeGreaterThan(0)
  })

  it.each(viaEntryPoint)('imports and publishes $file, printing each point at its level', async ({ file, kind, encoding }) => {
    const out: string[] = []
    const err: string[] = []
    const code = await runImport(
      { file: join(BULLETIN_FIXTURES_DIR, file), publish: true, kind },
      { out: (line) => out.push(line), err: (line) => err.push(line) },
      () => stack.db,
    )
    expect(err).toEqual([])
    expect(code).toBe(0)
    expect(out[0]).toContain(encoding)
    const bulletin = parsedFixture(file)
    for (const point of bulletin.body.items.flatMap((item) => item.points)) {
      expect(out).toContainEqual(expect.stringMatching(new RegExp(`^ {${(point.level + 1) * 2}}${escape(point.label + point.lead)}（`)))
    }
    const detail = expectOk(await stack.call('bulletins', 'get', { id: storedId(file) }, { as: asWorker }))
    expect(detail.status).toBe('published')
    expect({ header: detail.header, body: detail.body }).toEqual(bulletin)
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('the paste path (parseText) reads every fixture as the parser does', () => {
  it.each(BULLETIN_FIXTURES)('$file', async ({ file }) => {
    const result = expectOk(await stack.call('bulletins', 'parseText', { text: fixtureText(file) }, { as: asStaff }))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.bulletin).toEqual(parsedFixture(file))
  })
})

describe('searching the imported corpus', () => {
  it.each([
    ['单亲困难女职工', 'notice-spring-festival-aid-2018.txt', 1],
    ['因突发事件导致家庭生活困难', 'notice-spring-festival-aid-2018.txt', 1],
    ['规范建会程序', 'jingzhou-work-brief-2017-no12.txt', 1],
    ['挂兼职副主席 27 名', 'jingzhou-work-brief-2017-no13.txt', 1],
    ['结合户外职工爱心驿站', 'notice-summer-cooling-2018.txt', 3],
  ])('finds %s, said in a point below the first level, in %s at item %i', async (query, file, itemNumber) => {
    const results = expectOk(await stack.call('bulletins', 'search', { query }, { as: asWorker }))
    const hit = results.items.find((item) => item.id === storedId(file))
    expect(hit).toMatchObject({ matchedIn: 'body', itemNumber })
    expect(hit?.snippet.some((segment) => segment.hit)).toBe(true)
  })
})
