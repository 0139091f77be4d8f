import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BulletinListItem, BulletinSearchHit, ParseTextResult } from '../../src/domain/contracts/bulletins'
import type { FunctionResponse } from '../../src/domain/contracts/envelope'
import { DELETE_MY_DATA_CONFIRMATION } from '../../src/domain/contracts/users'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { runImport } from '../../scripts/import-bulletin'
import { REFERENCE_BULLETIN_ID, seedBulletinsDemo } from '../../scripts/seed/bulletins-demo'
import { asAdmin, asStaff, asWorker, startTestStack, type TestCaller, type TestStack } from '../support/test-stack'

const reference = readFileSync(join(resolve(__dirname, '..', '..'), 'src', 'domain', 'bulletins', 'fixtures', 'jingzhou-work-brief-2017-no10.txt'), 'utf8')

let stack: TestStack

beforeAll(async () => {
  stack = await startTestStack()
  await seedBulletinsDemo(stack.db, new Date())
})

afterAll(async () => {
  await stack.stop()
})

function expectOk<T>(response: FunctionResponse<T>): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.error.code}: ${response.error.message}`)
  return response.data
}

function parsedBulletin(result: ParseTextResult): Bulletin {
  if (!result.ok) throw new Error(`parse refused: ${JSON.stringify(result.errors)}`)
  return result.bulletin
}

/** A short notice of our own, so the assertions do not depend on the demo data. */
function notice(title: string, paragraphs: readonly string[]): Bulletin {
  return {
    header: { issueNumber: null, issuer: '测试工会', issuedOn: '2026-11-01' },
    body: { title, intro: [...paragraphs], items: [], distribution: { reportTo: [], sendTo: [], copyTo: [] }, editor: null, phone: null },
  }
}

/** The reference as another issue of another issuer: same structure, its own 第N期. */
function referenceAs(issuer: string, issueNumber: number): string {
  return reference.replace('第 10 期', `第 ${issueNumber} 期`).replace('荆州市总工会\n\n2017', `${issuer}\n\n2017`)
}

async function saveDraft(bulletin: Bulletin, kind = 'notice', requestId?: string) {
  return expectOk(await stack.call('bulletins', 'saveDraft', { kind, bulletin }, { as: asStaff, ...(requestId ? { requestId } : {}) }))
}

async function publishNew(bulletin: Bulletin, kind = 'notice') {
  const draft = await saveDraft(bulletin, kind)
  return expectOk(await stack.call('bulletins', 'publish', { id: draft.bulletin.id, revision: draft.bulletin.revision }, { as: asStaff }))
}

const newsKind = { key: 'test-news', label: '测试栏目', order: 90 }

/** Every published bulletin of a kind, in the order the news list gives them, page after page. */
async function everyListed(kind: string) {
  const items: BulletinListItem[] = []
  let cursor: string | undefined
  do {
    const page = expectOk(await stack.call('bulletins', 'list', { kind, pageSize: 50, ...(cursor ? { cursor } : {}) }, { as: asWorker }))
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

describe('bulletins: reading', () => {
  it('lists the kinds in their order, as data', async () => {
    const kinds = expectOk(await stack.call('bulletins', 'listKinds', {}, { as: asWorker }))
    expect(kinds.slice(0, 4).map(kind => kind.label)).toEqual(['工作简报', '通知公告', '政策法规', '维权案例'])
  })

  it('lists published bulletins newest first by their own date, with issue number, date and a summary', async () => {
    const page = expectOk(await stack.call('bulletins', 'list', { kind: 'work-brief' }, { as: asWorker }))
    const dates = page.items.map(item => item.issuedOn ?? item.publishedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
    const referenceItem = page.items.find(item => item.id === REFERENCE_BULLETIN_ID)
    expect(referenceItem).toMatchObject({ issueNumber: 10, issuedOn: '2017-09-30', issuer: '荆州市总工会', title: '市总工会九月份工作完成情况' })
    expect(referenceItem?.summary.length).toBeGreaterThan(10)
    expect(JSON.stringify(page)).not.toContain('searchTerms')
  })

  it('pages through every published bulletin with a cursor, none twice and none missed', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = expectOk(await stack.call('bulletins', 'list', { pageSize: 7, ...(cursor ? { cursor } : {}) }, { as: asWorker }))
      seen.push(...page.items.map(item => item.id))
      cursor = page.nextCursor ?? undefined
      pages += 1
    } while (cursor)
    const published = stack.emulator.database.find('bulletins', { status: 'published' }).map(doc => String(doc._id))
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort()).toEqual([...published].sort())
    expect(pages).toBe(Math.ceil(published.length / 7))
  })

  it('refuses a cursor it did not hand out', async () => {
    const response = await stack.call('bulletins', 'list', { cursor: 'not-a-cursor' }, { as: asWorker })
    expect(response).toMatchObject({ ok: false, error: { code: 'BULLETINS.INVALID_CURSOR' } })
  })

  it('gives the whole reference bulletin: header, seven items with their sub-points, distribution, editor and phone', async () => {
    const bulletin = expectOk(await stack.call('bulletins', 'get', { id: REFERENCE_BULLETIN_ID }, { as: asWorker }))
    expect(bulletin.header).toEqual({ issueNumber: 10, issuer: '荆州市总工会', issuedOn: '2017-09-30' })
    expect(bulletin.body.items).toHaveLength(7)
    expect(bulletin.body.items[4]?.subPoints.map(point => point.ordinal)).toEqual(['一是', '二是', '三是', '四是', '五是'])
    expect(bulletin.body.distribution.reportTo).toEqual(['省总工会', '市“四大家”有关领导', '市“四大家”办公室'])
    expect(bulletin.body).toMatchObject({ editor: '施晓露', phone: '8219262' })
  })

  it('reads a bulletin stored before items had points as one whose items have none', async () => {
    const [stored] = stack.emulator.database.find('bulletins', { _id: REFERENCE_BULLETIN_ID })
    if (!stored) throw new Error('no reference bulletin')
    const body = stored.body as { items: Record<string, unknown>[] }
    const legacyItems = body.items.map(({ points: _points, ...item }) => item)
    const { publishedIssueKey: _issue, ...copy } = stored
    await stack.emulator.seed('bulletins', [{ ...copy, _id: 'legacy-no-points', issueKey: null, body: { ...body, items: legacyItems } }])
    const bulletin = expectOk(await stack.call('bulletins', 'get', { id: 'legacy-no-points' }, { as: asWorker }))
    expect(bulletin.body.items.map(item => item.points)).toEqual(Array.from({ length: 7 }, () => []))
    const found = expectOk(await stack.call('bulletins', 'search', { query: '爱心驿站' }, { as: asWorker }))
    expect(found.items.map(item => item.id)).toContain('legacy-no-points')
  })

  it('counts a reader once a day, and every different reader', async () => {
    const before = expectOk(await stack.call('bulletins', 'get', { id: 'demo-news-01' }, { as: asWorker })).readCount
    const readers: TestCaller[] = [{ openid: 'o-reader-1' }, { openid: 'o-reader-2' }, { openid: 'o-reader-3' }]
    const answers = await Promise.all(
      [...readers, ...readers, readers[0] ?? asWorker].map(reader => stack.call('bulletins', 'recordRead', { id: 'demo-news-01' }, { as: reader })),
    )
    expect(answers.map(answer => expectOk(answer).counted).filter(Boolean)).toHaveLength(3)
    expect(expectOk(await stack.call('bulletins', 'get', { id: 'demo-news-01' }, { as: asWorker })).readCount).toBe(before + 3)
  })

  it('forgets yesterday’s readers at night and keeps the counts', async () => {
    await stack.emulator.seed('bulletin_read_marks', [
      { _id: 'old-mark', bulletinId: 'demo-news-02', userId: 'u-old', day: '2020-01-01', at: new Date('2020-01-01T02:00:00Z') },
    ])
    const functions = stack.emulator.functions
    if (!functions) throw new Error('no functions host')
    const result = await functions.fireTrigger('bulletins', 'pruneReadMarks')
    expect(result).toMatchObject({ ok: true })
    expect(stack.emulator.database.find('bulletin_read_marks', { _id: 'old-mark' })).toHaveLength(0)
    expect(stack.emulator.database.find('bulletin_read_marks', {}).length).toBeGreaterThan(0)
  })
})

/** Every hit of a query, page after page. */
async function everyHit(query: string) {
  const hits: BulletinSearchHit[] = []
  let cursor: string | undefined
  do {
    const page = expectOk(await stack.call('bulletins', 'search', { query, ...(cursor ? { cursor } : {}) }, { as: asWorker }))
    hits.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return hits
}

describe('bulletins: search', () => {
  it('finds 爱心驿站 in Chinese text without word spaces, and marks the hits', async () => {
    const results = expectOk(await stack.call('bulletins', 'search', { query: '爱心驿站' }, { as: asWorker }))
    const hit = results.items.find(item => item.id === REFERENCE_BULLETIN_ID)
    expect(hit).toMatchObject({ matchedIn: 'body', itemNumber: 5, issueNumber: 10 })
    expect(hit?.snippet.filter(segment => segment.hit).map(segment => segment.text)).toContain('爱心驿站')
  })

  it('finds 农民工维权 inside 农民工维权服务月', async () => {
    const results = expectOk(await stack.call('bulletins', 'search', { query: '农民工维权' }, { as: asWorker }))
    expect(results.items.map(item => item.id)).toContain(REFERENCE_BULLETIN_ID)
  })

  it('lists title hits before body hits, each newest first', async () => {
    const results = expectOk(await stack.call('bulletins', 'search', { query: '驿站' }, { as: asWorker }))
    const phases = results.items.map(item => item.matchedIn)
    const firstBody = phases.indexOf('body')
    expect(phases.indexOf('title')).toBe(0)
    expect(phases.slice(firstBody).every(phase => phase === 'body')).toBe(true)
    const bodyTimes = results.items.filter(item => item.matchedIn === 'body').map(item => Date.parse(item.publishedAt))
    expect([...bodyTimes].sort((a, b) => b - a)).toEqual(bodyTimes)
  })

  it('pages through results without repeating one', async () => {
    const ids: string[] = []
    let cursor: string | undefined
    do {
      const page = expectOk(await stack.call('bulletins', 'search', { query: '工会', ...(cursor ? { cursor } : {}) }, { as: asWorker }))
      ids.push(...page.items.map(item => item.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBe(stack.emulator.database.find('bulletins', { status: 'published' }).length)
  })

  it('finds the words of a query held apart, after every bulletin holding them together', async () => {
    const results = await everyHit('驿站农民')
    expect(results.length).toBeGreaterThan(0)
    expect(results.every(hit => !hit.exact)).toBe(true)
    expect(results.map(hit => hit.id)).toContain(REFERENCE_BULLETIN_ID)
    expect(results.find(hit => hit.id === REFERENCE_BULLETIN_ID)?.marks).toEqual(['驿站', '农民'])
  })

  it('finds 工资拖欠 where the bulletins say 拖欠工资, and lists the exact wording first', async () => {
    const asWritten = await everyHit('拖欠工资')
    const exact = asWritten.filter(hit => hit.exact)
    expect(exact.length).toBeGreaterThan(0)
    // The wording as typed first, then the rest.
    expect(asWritten.slice(0, exact.length)).toEqual(exact)
    const turned = await everyHit('工资拖欠')
    expect(turned.map(hit => hit.id)).toEqual(expect.arrayContaining(exact.map(hit => hit.id)))
    const firstLoose = turned.findIndex(hit => !hit.exact)
    expect(turned.slice(firstLoose).every(hit => !hit.exact)).toBe(true)
    // Every hit marks words the bulletin really holds.
    for (const hit of turned) expect([hit.id, hit.snippet.some(segment => segment.hit) || hit.title.some(segment => segment.hit)]).toEqual([hit.id, true])
  })

  it('finds 讨薪, the word on the home tile, in bulletins that say 欠薪 or 拖欠工资', async () => {
    const hits = await everyHit('讨薪')
    const owed = await everyHit('拖欠工资')
    expect(hits.map(hit => hit.id)).toEqual(expect.arrayContaining(owed.map(hit => hit.id)))
    expect(hits.filter(hit => !hit.exact).every(hit => hit.marks.some(mark => ['欠薪', '拖欠工资', '讨要工资', '追讨工资', '工资拖欠', '拖欠', '工资'].includes(mark)))).toBe(true)
    expect(new Set(hits.map(hit => hit.id)).size).toBe(hits.length)
  })

  it('lets staff change the synonym table without a code change: search uses it at once, and the change is audited', async () => {
    expect(await everyHit('歇脚点')).toEqual([])
    const table = expectOk(await stack.call('bulletins', 'listSearchSynonyms', {}, { as: asStaff }))
    expect(table.groups).toContainEqual(expect.arrayContaining(['讨薪', '欠薪', '拖欠工资']))
    const groups = table.groups.map(group => (group.includes('驿站') ? [...group, '歇脚点'] : [...group]))
    expectOk(await stack.call('bulletins', 'saveSearchSynonyms', { groups }, { as: asStaff, requestId: 'synonyms-rest-stop' }))
    expect((await everyHit('歇脚点')).map(hit => hit.id)).toContain(REFERENCE_BULLETIN_ID)
    expect(stack.emulator.database.find('audit_logs', { action: 'saveSearchSynonyms', requestId: 'synonyms-rest-stop' })).toHaveLength(1)

    const before = stack.snapshot()
    const twice = await stack.call('bulletins', 'saveSearchSynonyms', { groups: [['讨薪', '欠薪'], ['欠薪', '拖欠工资']] }, { as: asStaff })
    expect(twice.ok ? null : twice.error.message).toBe('“欠薪”出现了两次：一个词只能在一组里')
    expect(twice).toMatchObject({ ok: false, error: { code: 'BULLETINS.INVALID_SYNONYMS' } })
    expect(await stack.call('bulletins', 'saveSearchSynonyms', { groups }, { as: asWorker })).toMatchObject({ ok: false, error: { code: 'COMMON.FORBIDDEN' } })
    expect(stack.snapshot()).toBe(before)
  })

  it('finds nothing for a query of punctuation only', async () => {
    expect(expectOk(await stack.call('bulletins', 'search', { query: '，。！' }, { as: asWorker }))).toEqual({ items: [], nextCursor: null })
  })
})

describe('bulletins: publishing', () => {
  it('reads pasted text and reports what it recognised', async () => {
    const result = expectOk(await stack.call('bulletins', 'parseText', { text: referenceAs('江陵县总工会', 3) }, { as: asStaff }))
    const bulletin = parsedBulletin(result)
    expect(bulletin.header).toEqual({ issueNumber: 3, issuer: '江陵县总工会', issuedOn: '2017-09-30' })
    expect(bulletin.body.items).toHaveLength(7)
    if (!result.ok) throw new Error('refused')
    expect(result.report.filter(entry => entry.kind === 'item')).toHaveLength(7)
    expect(result.duplicates).toEqual([])
  })

  it('refuses text it cannot read with the line and the reason, and changes nothing', async () => {
    const before = stack.snapshot()
    const result = expectOk(await stack.call('bulletins', 'parseText', { text: '第 3 期\n\n荆州市总工会\n\n2017年2月30日\n\n标题\n\n导语。\n' }, { as: asStaff }))
    expect(result.ok).toBe(false)
    if (result.ok) throw new Error('accepted')
    expect(result.errors).toEqual([{ line: 5, reason: '日期“2017年2月30日”不存在，请核对年月日' }])
    expect(stack.snapshot()).toBe(before)
  })

  it('warns when the pasted issue is already there', async () => {
    const result = expectOk(await stack.call('bulletins', 'parseText', { text: reference }, { as: asStaff }))
    if (!result.ok) throw new Error('refused')
    expect(result.duplicates).toEqual([{ id: REFERENCE_BULLETIN_ID, title: '市总工会九月份工作完成情况', status: 'published' }])
  })

  it('keeps drafts away from workers: not in the list, not found by search, not by id', async () => {
    const draft = await saveDraft(notice('草稿里的杏花村驿站', ['杏花村驿站下月开放。']))
    expect(draft.bulletin.status).toBe('draft')
    const list = expectOk(await stack.call('bulletins', 'list', { kind: 'notice', pageSize: 50 }, { as: asWorker }))
    expect(list.items.map(item => item.id)).not.toContain(draft.bulletin.id)
    expect(expectOk(await stack.call('bulletins', 'search', { query: '杏花村' }, { as: asWorker })).items).toEqual([])
    expect(await stack.call('bulletins', 'get', { id: draft.bulletin.id }, { as: asWorker })).toMatchObject({ ok: false, error: { code: 'BULLETINS.NOT_FOUND' } })
    expect(expectOk(await stack.call('bulletins', 'get', { id: draft.bulletin.id }, { as: asStaff })).status).toBe('draft')
    const staffList = expectOk(await stack.call('bulletins', 'listForStaff', { status: 'draft' }, { as: asStaff }))
    expect(staffList.items.map(item => item.id)).toContain(draft.bulletin.id)
  })

  it('publishes a pasted bulletin: in the list at its own date, searchable, readable, and audited', async () => {
    const bulletin = parsedBulletin(expectOk(await stack.call('bulletins', 'parseText', { text: referenceAs('松滋市总工会', 21) }, { as: asStaff })))
    const draft = await saveDraft(bulletin, 'work-brief')
    const published = expectOk(await stack.call('bulletins', 'publish', { id: draft.bulletin.id, revision: draft.bulletin.revision }, { as: asStaff, requestId: 'publish-songzi-21' }))
    expect(published).toMatchObject({ status: 'published', header: { issueNumber: 21, issuer: '松滋市总工会' } })
    const list = await everyListed('work-brief')
    // Its date is 2017-09-30: it sits among the 2017 issues, below every later one, though published just now.
    const at = list.findIndex(item => item.id === draft.bulletin.id)
    expect(at).toBeGreaterThan(0)
    expect(list.slice(0, at).every(item => (item.issuedOn ?? '') >= '2017-09-30')).toBe(true)
    expect(list.slice(at + 1).every(item => (item.issuedOn ?? '') <= '2017-09-30')).toBe(true)
    const found = expectOk(await stack.call('bulletins', 'search', { query: '松滋市总工会' }, { as: asWorker }))
    expect(found.items.map(item => item.id)).toContain(draft.bulletin.id)
    expect(expectOk(await stack.call('bulletins', 'get', { id: draft.bulletin.id }, { as: asWorker })).body.items).toHaveLength(7)
    const audits = stack.emulator.database.find('audit_logs', { functionName: 'bulletins', action: 'publish', requestId: 'publish-songzi-21' })
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({ actorUserId: userIdFor('demo-staff'), actorRole: 'staff', target: { bulletinId: draft.bulletin.id, issueNumber: 21 } })
  })

  it('refuses to publish a second copy of the same 第N期, changing nothing', async () => {
    const copy = parsedBulletin(expectOk(await stack.call('bulletins', 'parseText', { text: reference }, { as: asStaff })))
    const draft = await saveDraft(copy, 'work-brief')
    expect(draft.duplicates.map(duplicate => duplicate.id)).toContain(REFERENCE_BULLETIN_ID)
    const before = stack.snapshot()
    const response = await stack.call('bulletins', 'publish', { id: draft.bulletin.id, revision: draft.bulletin.revision }, { as: asStaff })
    expect(response).toMatchObject({ ok: false, error: { code: 'BULLETINS.DUPLICATE_ISSUE' } })
    if (response.ok) throw new Error('published')
    expect(response.error.message).toContain('荆州市总工会 2017 年第 10 期')
    expect(stack.snapshot()).toBe(before)
  })

  it('lets exactly one of two copies of a new issue be published when both are published at once', async () => {
    const text = referenceAs('洪湖市总工会', 5)
    const copies = await Promise.all([1, 2].map(async () => saveDraft(parsedBulletin(expectOk(await stack.call('bulletins', 'parseText', { text }, { as: asStaff }))), 'work-brief')))
    const answers = await Promise.all(copies.map(copy => stack.call('bulletins', 'publish', { id: copy.bulletin.id, revision: copy.bulletin.revision }, { as: asStaff })))
    expect(answers.filter(answer => answer.ok)).toHaveLength(1)
    expect(answers.find(answer => !answer.ok)).toMatchObject({ ok: false, error: { code: 'BULLETINS.DUPLICATE_ISSUE' } })
  })

  it('takes a bulletin down: gone from the list, search and reach by id for workers', async () => {
    const published = await publishNew(notice('临时通知：五一驿站值班安排', ['五一期间驿站照常开放。']))
    const taken = expectOk(await stack.call('bulletins', 'unpublish', { id: published.id }, { as: asStaff }))
    expect(taken.status).toBe('unpublished')
    expect(expectOk(await stack.call('bulletins', 'list', { kind: 'notice', pageSize: 50 }, { as: asWorker })).items.map(item => item.id)).not.toContain(published.id)
    expect(expectOk(await stack.call('bulletins', 'search', { query: '五一驿站值班' }, { as: asWorker })).items).toEqual([])
    expect(await stack.call('bulletins', 'get', { id: published.id }, { as: asWorker })).toMatchObject({ ok: false, error: { code: 'BULLETINS.NOT_FOUND' } })
    expect(stack.emulator.database.find('audit_logs', { action: 'unpublish', 'target.bulletinId': published.id })).toHaveLength(1)
    const again = await stack.call('bulletins', 'unpublish', { id: published.id }, { as: asStaff })
    expect(again).toMatchObject({ ok: false, error: { code: 'BULLETINS.NOT_PUBLISHED' } })
  })

  it('keeps a 2017 issue below the 2018 ones when it is taken down and published again', async () => {
    const bulletin = parsedBulletin(expectOk(await stack.call('bulletins', 'parseText', { text: referenceAs('荆州区总工会', 8) }, { as: asStaff })))
    const later = { ...bulletin, header: { ...bulletin.header, issueNumber: 1, issuedOn: '2018-01-05' }, body: { ...bulletin.body, title: '荆州区总工会二〇一八年一月工作' } }
    const newer = await publishNew(later, 'work-brief')
    const older = await publishNew(bulletin, 'work-brief')
    expectOk(await stack.call('bulletins', 'unpublish', { id: older.id }, { as: asStaff }))
    const again = expectOk(await stack.call('bulletins', 'publish', { id: older.id, revision: older.revision + 1 }, { as: asStaff }))
    expect(again.publishedAt).toBe(older.publishedAt)
    const ids = (await everyListed('work-brief')).map(item => item.id)
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id))
  })

  it('corrects a published bulletin in place: readers and search see the fix at once, audited, nobody notified again', async () => {
    const published = await publishNew(notice('驿站夏季开放时间调整', ['即日起驿站每天七点开门。']))
    const listedBefore = (await everyListed('notice')).map(item => item.id)
    const broadcasts = stack.emulator.database.find('notification_broadcasts', {}).length
    const corrected = expectOk(
      await stack.call(
        'bulletins',
        'correct',
        { id: published.id, revision: published.revision, kind: 'notice', bulletin: notice('驿站夏季开放时间调整', ['即日起驿站每天六点半开门。']) },
        { as: asStaff, requestId: 'correct-summer-hours' },
      ),
    )
    expect(corrected).toMatchObject({ status: 'published', revision: published.revision + 1, publishedAt: published.publishedAt })
    expect(expectOk(await stack.call('bulletins', 'get', { id: published.id }, { as: asWorker })).body.intro).toEqual(['即日起驿站每天六点半开门。'])
    // The search index follows the revision: the new words are found, the old ones no longer.
    expect(expectOk(await stack.call('bulletins', 'search', { query: '六点半开门' }, { as: asWorker })).items.map(item => item.id)).toEqual([published.id])
    expect(expectOk(await stack.call('bulletins', 'search', { query: '七点开门' }, { as: asWorker })).items.map(item => item.id)).not.toContain(published.id)
    expect((await everyListed('notice')).map(item => item.id)).toEqual(listedBefore)
    expect(stack.emulator.database.find('notification_broadcasts', {})).toHaveLength(broadcasts)
    const audits = stack.emulator.database.find('audit_logs', { functionName: 'bulletins', action: 'correct', requestId: 'correct-summer-hours' })
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({ actorRole: 'staff', target: { bulletinId: published.id, change: 'corrected', revision: published.revision + 1 } })

    // A correction made from an older revision, to a draft, or giving it an issue already online, changes nothing.
    const before = stack.snapshot()
    const stale = await stack.call('bulletins', 'correct', { id: published.id, revision: published.revision, kind: 'notice', bulletin: notice('旧的', ['旧。']) }, { as: asStaff })
    expect(stale).toMatchObject({ ok: false, error: { code: 'COMMON.CONFLICT' } })
    expect(stack.snapshot()).toBe(before)
    const draft = await saveDraft(notice('还没发布的', ['草稿。']))
    const afterDraft = stack.snapshot()
    const notOnline = await stack.call('bulletins', 'correct', { id: draft.bulletin.id, revision: draft.bulletin.revision, kind: 'notice', bulletin: notice('还没发布的', ['改。']) }, { as: asStaff })
    expect(notOnline).toMatchObject({ ok: false, error: { code: 'BULLETINS.NOT_PUBLISHED' } })
    const reference10 = parsedBulletin(expectOk(await stack.call('bulletins', 'parseText', { text: reference }, { as: asStaff })))
    const clash = await stack.call('bulletins', 'correct', { id: published.id, revision: corrected.revision, kind: 'work-brief', bulletin: reference10 }, { as: asStaff })
    expect(clash).toMatchObject({ ok: false, error: { code: 'BULLETINS.DUPLICATE_ISSUE' } })
    expect(stack.snapshot()).toBe(afterDraft)
  })

  it('shows a correction and a take-down in search at once, even for a search answered a moment before', async () => {
    const published = await publishNew(notice('驿站冬季开放时间调整', ['即日起驿站每天八点开门。']))
    const search = async (query: string) => expectOk(await stack.call('bulletins', 'search', { query }, { as: asWorker })).items.map(item => item.id)
    expect(await search('八点开门')).toEqual([published.id])
    expect(await search('九点开门')).toEqual([])
    const corrected = expectOk(
      await stack.call(
        'bulletins',
        'correct',
        { id: published.id, revision: published.revision, kind: 'notice', bulletin: notice('驿站冬季开放时间调整', ['即日起驿站每天九点开门。']) },
        { as: asStaff },
      ),
    )
    expect(await search('九点开门')).toEqual([published.id])
    expect(await search('八点开门')).toEqual([])
    expectOk(await stack.call('bulletins', 'unpublish', { id: corrected.id }, { as: asStaff }))
    expect(await search('九点开门')).toEqual([])
  })

  it('publishes unsaved content in one step, and a refused duplicate issue leaves no draft behind', async () => {
    const before = stack.snapshot()
    const copy = parsedBulletin(expectOk(await stack.call('bulletins', 'parseText', { text: reference }, { as: asStaff })))
    const refused = await stack.call('bulletins', 'publish', { kind: 'work-brief', bulletin: copy }, { as: asStaff })
    expect(refused).toMatchObject({ ok: false, error: { code: 'BULLETINS.DUPLICATE_ISSUE' } })
    expect(stack.snapshot()).toBe(before)

    const fresh = expectOk(await stack.call('bulletins', 'publish', { kind: 'notice', bulletin: notice('一步发布的通知', ['直接发布。']) }, { as: asStaff }))
    expect(fresh).toMatchObject({ status: 'published', body: { title: '一步发布的通知' } })
    expect(stack.emulator.database.find('bulletins', { 'body.title': '一步发布的通知' })).toHaveLength(1)
    const missing = await stack.call('bulletins', 'publish', { id: fresh.id }, { as: asStaff })
    expect(missing).toMatchObject({ ok: false, error: { code: 'COMMON.INVALID_PAYLOAD' } })
  })

  it('edits a draft with its revision and refuses a stale one or a published bulletin', async () => {
    const draft = await saveDraft(notice('驿站意见征集', ['欢迎提出意见。']))
    const edited = expectOk(
      await stack.call('bulletins', 'saveDraft', { id: draft.bulletin.id, kind: 'notice', revision: draft.bulletin.revision, bulletin: notice('驿站意见征集（修订）', ['欢迎提出意见和建议。']) }, { as: asStaff }),
    )
    expect(edited.bulletin).toMatchObject({ revision: draft.bulletin.revision + 1, body: { title: '驿站意见征集（修订）' } })
    const stale = await stack.call('bulletins', 'saveDraft', { id: draft.bulletin.id, kind: 'notice', revision: draft.bulletin.revision, bulletin: notice('旧版本', ['旧的内容。']) }, { as: asStaff })
    expect(stale).toMatchObject({ ok: false, error: { code: 'COMMON.CONFLICT' } })
    const published = expectOk(await stack.call('bulletins', 'publish', { id: draft.bulletin.id, revision: edited.bulletin.revision }, { as: asStaff }))
    const locked = await stack.call('bulletins', 'saveDraft', { id: published.id, kind: 'notice', revision: published.revision, bulletin: notice('改已发布的', ['改了。']) }, { as: asStaff })
    expect(locked).toMatchObject({ ok: false, error: { code: 'BULLETINS.NOT_EDITABLE' } })
  })

  it('creates one draft when the same save is retried', async () => {
    const bulletin = notice('重试保存的通知', ['网络不好时会重试。'])
    const first = await saveDraft(bulletin, 'notice', 'retry-save-000001')
    const second = await saveDraft(bulletin, 'notice', 'retry-save-000001')
    expect(second.bulletin.id).toBe(first.bulletin.id)
    expect(stack.emulator.database.find('bulletins', { 'body.title': '重试保存的通知' })).toHaveLength(1)
  })

  it('refuses a bulletin that breaks the rules, naming the field in words, and changes nothing', async () => {
    const before = stack.snapshot()
    const broken = notice('标题里有句号。', ['正文。'])
    const response = await stack.call('bulletins', 'saveDraft', { kind: 'notice', bulletin: broken }, { as: asStaff })
    expect(response).toMatchObject({ ok: false, error: { code: 'BULLETINS.INVALID_BULLETIN' } })
    if (response.ok) throw new Error('saved')
    expect(response.error.message).toContain('标题')
    expect(stack.snapshot()).toBe(before)
  })

  it('refuses a kind that does not exist', async () => {
    const response = await stack.call('bulletins', 'saveDraft', { kind: 'no-such-kind', bulletin: notice('栏目不存在', ['内容。']) }, { as: asStaff })
    expect(response).toMatchObject({ ok: false, error: { code: 'BULLETINS.UNKNOWN_KIND' } })
  })

  it('adds a kind without code: it appears in the kinds and filters the list', async () => {
    const kinds = expectOk(await stack.call('bulletins', 'saveKind', newsKind, { as: asStaff }))
    expect(kinds.map(kind => kind.key)).toContain('test-news')
    const published = await publishNew(notice('新栏目的第一篇', ['新栏目开张了。']), 'test-news')
    const list = expectOk(await stack.call('bulletins', 'list', { kind: 'test-news' }, { as: asWorker }))
    expect(list.items.map(item => item.id)).toEqual([published.id])
    expect(stack.emulator.database.find('audit_logs', { action: 'saveKind', 'target.kind': 'test-news' })).toHaveLength(1)
  })

  it('refuses every staff action to a worker, changing nothing', async () => {
    const before = stack.snapshot()
    const attempts = [
      stack.call('bulletins', 'parseText', { text: reference }, { as: asWorker }),
      stack.call('bulletins', 'saveDraft', { kind: 'notice', bulletin: notice('职工写的', ['内容。']) }, { as: asWorker }),
      stack.call('bulletins', 'publish', { id: REFERENCE_BULLETIN_ID, revision: 1 }, { as: asWorker }),
      stack.call('bulletins', 'unpublish', { id: REFERENCE_BULLETIN_ID }, { as: asWorker }),
      stack.call('bulletins', 'listForStaff', {}, { as: asWorker }),
      stack.call('bulletins', 'saveKind', { key: 'worker-kind', label: '职工栏目', order: 1 }, { as: asWorker }),
    ]
    for (const response of await Promise.all(attempts)) expect(response).toMatchObject({ ok: false, error: { code: 'COMMON.FORBIDDEN' } })
    expect(stack.snapshot()).toBe(before)
  })
})

describe('bulletins: new-issue alerts', () => {
  const person: TestCaller = { openid: 'o-alerts' }

  it('starts off, and each 允许 adds one message credit, once per request', async () => {
    expect(expectOk(await stack.call('bulletins', 'getNewIssueAlert', {}, { as: person }))).toEqual({
      templateKey: 'bulletin-new-issue',
      templateId: null,
      enabled: false,
      credits: 0,
    })
    const accepted = expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' }, { as: person, requestId: 'alert-accept-01' }))
    expect(accepted).toMatchObject({ enabled: true, credits: 1 })
    const retried = expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' }, { as: person, requestId: 'alert-accept-01' }))
    expect(retried).toMatchObject({ enabled: true, credits: 1 })
    const again = expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' }, { as: person, requestId: 'alert-accept-02' }))
    expect(again).toMatchObject({ enabled: true, credits: 2 })
    const [stored] = stack.emulator.database.find('subscriptions', { userId: userIdFor('o-alerts') })
    expect(stored).toMatchObject({ templateKey: 'bulletin-new-issue', enabled: true, credits: 2, acceptedTotal: 2, lastDecision: 'accept' })
  })

  it('keeps the switch and credits when a further prompt is refused, and turns off on request', async () => {
    const refused = expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'reject' }, { as: person }))
    expect(refused).toMatchObject({ enabled: true, credits: 2 })
    const off = expectOk(await stack.call('bulletins', 'turnOffNewIssueAlert', {}, { as: person }))
    expect(off).toMatchObject({ enabled: false, credits: 2 })
  })

  it('goes with the person’s data: exported, then deleted', async () => {
    await stack.call('bulletins', 'recordRead', { id: REFERENCE_BULLETIN_ID }, { as: person })
    const exported = expectOk(await stack.call('users', 'exportMyData', {}, { as: person }))
    expect(exported.records.subscriptions).toHaveLength(1)
    expect(exported.records.bulletin_read_marks).toHaveLength(1)
    const report = expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: person }))
    expect(report.removed).toMatchObject({ subscriptions: 1, bulletin_read_marks: 1 })
    expect(stack.emulator.database.find('subscriptions', { userId: userIdFor('o-alerts') })).toHaveLength(0)
  })

  it('asks for a signed-in person: an admin is one too', async () => {
    expect(expectOk(await stack.call('bulletins', 'getNewIssueAlert', {}, { as: asAdmin })).enabled).toBe(false)
  })
})

/** The text as GBK bytes (Node can decode GB18030 but not encode it): built from the decoder's own table. */
function toGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail !== 0x7f) table.set(decoder.decode(Uint8Array.of(lead, trail)), [lead, trail])
    }
  }
  const bytes: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else {
      const pair = table.get(ch)
      if (!pair) throw new Error(`no GBK code for ${ch}`)
      bytes.push(...pair)
    }
  }
  return Uint8Array.from(bytes)
}

describe('import:bulletin', () => {
  const folder = mkdtempSync(join(tmpdir(), 'import-bulletin-'))

  function file(name: string, content: string | Uint8Array): string {
    const path = join(folder, name)
    writeFileSync(path, content)
    return path
  }

  async function importFile(path: string, options: { publish?: boolean; kind?: string } = {}) {
    const out: string[] = []
    const err: string[] = []
    const code = await runImport(
      { file: path, publish: options.publish ?? false, kind: options.kind ?? 'work-brief' },
      { out: line => out.push(line), err: line => err.push(line) },
      () => stack.db,
    )
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  it('prints what it recognised and saves a draft, audited as the operator; the same file again makes no second draft', async () => {
    const path = file('gongan-7.txt', referenceAs('公安县总工会', 7))
    const first = await importFile(path)
    expect(first.code).toBe(0)
    for (const expected of ['期号：第 7 期', '日期：2017-09-30', '发文单位：公安县总工会', '标题：市总工会九月份工作完成情况', '条目：7 项', '5、开展了各类职工服务活动。（分项 5 个：一是、二是、三是、四是、五是）', '报：省总工会、市“四大家”有关领导、市“四大家”办公室', '责任编辑：施晓露', '联系电话：8219262']) {
      expect(first.out).toContain(expected)
    }
    expect(first.out).toContain('已保存为草稿')
    const drafts = stack.emulator.database.find('bulletins', { 'header.issuer': '公安县总工会', status: 'draft' })
    expect(drafts).toHaveLength(1)
    expect(stack.emulator.database.find('audit_logs', { action: 'import', 'target.bulletinId': drafts[0]?._id })).toMatchObject([{ actorRole: 'operator', actorUserId: null }])
    expect((await importFile(path)).code).toBe(0)
    expect(stack.emulator.database.find('bulletins', { 'header.issuer': '公安县总工会' })).toHaveLength(1)
  })

  it('publishes with --publish, and reads a GB18030 file from a Chinese Windows', async () => {
    const result = await importFile(file('shishou-8.txt', toGbk(referenceAs('石首市总工会', 8))), { publish: true })
    expect(result.code).toBe(0)
    expect(result.out).toContain('GB18030')
    expect(result.out).toContain('已发布')
    expect((await everyListed('work-brief')).find(item => item.issuer === '石首市总工会')).toMatchObject({ issueNumber: 8, issuedOn: '2017-09-30' })
  })

  it('refuses a file it cannot parse with the line and the reason, changing nothing', async () => {
    const before = stack.snapshot()
    const result = await importFile(file('broken.txt', reference.replace('2017 年 9 月 30 日', '2017年2月30日')))
    expect(result.code).toBe(1)
    expect(result.err).toContain('line 7: 日期“2017年2月30日”不存在，请核对年月日')
    expect(stack.snapshot()).toBe(before)
  })

  it('refuses to publish an issue that is already published, and an unknown kind, changing nothing', async () => {
    const before = stack.snapshot()
    expect((await importFile(file('again.txt', reference), { publish: true })).code).toBe(1)
    const unknown = await importFile(file('unknown-kind.txt', referenceAs('监利县总工会', 2)), { kind: 'no-such-kind' })
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('work-brief（工作简报）')
    expect(stack.snapshot()).toBe(before)
  })
})
