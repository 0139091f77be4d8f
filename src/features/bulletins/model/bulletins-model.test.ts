import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BulletinDetail, BulletinListItem } from '../../../domain/contracts/bulletins'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { checkBulletin } from '../../../domain/bulletins/check-bulletin'
import { parseBulletin } from '../../../domain/bulletins/parse-bulletin'
import type { CacheStorage } from '../../../lib/offline-cache'
import { CloudError } from '../../../lib/cloud-error'
import { alertDescription, outcomeNotice } from './alert-view'
import { isBulletinDetail, isBulletinList } from './bulletin-guards'
import { bulletinDate, formatCalendarDate, issueLabel } from './bulletin-dates'
import { bulletinOutline, itemAnchor } from './bulletin-outline'
import { dialablePhones } from './dialable-phones'
import {
  addItem,
  addPoint,
  addSubPoint,
  bulletinFromForm,
  emptyForm,
  formFromBulletin,
  normaliseDateInput,
  removeItem,
  removePoint,
  removeSubPoint,
  shiftPoint,
  updateItem,
  updatePoint,
  type BulletinForm,
} from './editor-form'
import { formFieldOf, problemsByField } from './form-problems'
import { createOfflineShelf, SHELF_SIZE } from './offline-shelf'
import { canLoadMore, INITIAL_PAGED_LIST, pagedListReducer, type PagedListState } from './paged-list'
import { readCountLabel } from './read-count'
import { bulletinPagePath, bulletinWebLink } from './share-link'
import { bulletinStatusLabel } from './status-label'

const referenceText = readFileSync(resolve(__dirname, '../../../domain/bulletins/fixtures/jingzhou-work-brief-2017-no10.txt'), 'utf8')

function reference(): Bulletin {
  const parsed = parseBulletin(referenceText)
  if (!parsed.ok) throw new Error('the reference does not parse')
  return parsed.bulletin
}

function detail(id: string, overrides: Partial<BulletinDetail> = {}): BulletinDetail {
  const { header, body } = reference()
  return { id, kind: 'work-brief', status: 'published', header, body, summary: '', readCount: 3, publishedAt: '2017-09-30T02:00:00.000Z', updatedAt: '2017-09-30T02:00:00.000Z', revision: 2, ...overrides }
}

function listItem(id: string): BulletinListItem {
  return { id, kind: 'notice', title: `通知 ${id}`, issueNumber: null, issuer: '荆州市总工会', issuedOn: null, publishedAt: '2017-09-30T16:30:00.000Z', updatedAt: '2017-09-30T16:30:00.000Z', summary: '摘要', readCount: 0 }
}

function memoryStorage(): CacheStorage & { readonly map: Map<string, unknown> } {
  const map = new Map<string, unknown>()
  return { map, get: key => map.get(key), set: (key, value) => void map.set(key, value), remove: key => void map.delete(key) }
}

describe('dates, issues and counts in words', () => {
  it('writes a printed date the Chinese way', () => {
    expect(formatCalendarDate('2017-09-30')).toBe('2017年9月30日')
  })

  it('shows the printed date, else the Shanghai day of publication whatever the phone’s zone', () => {
    expect(bulletinDate('2017-09-30', '2017-10-02T00:00:00.000Z')).toBe('2017年9月30日')
    // 16:30 UTC on 30 September is 00:30 on 1 October in Shanghai.
    expect(bulletinDate(null, '2017-09-30T16:30:00.000Z')).toBe('2017年10月1日')
  })

  it('names the issue, or nothing for news without one', () => {
    expect(issueLabel(10)).toBe('第 10 期')
    expect(issueLabel(null)).toBe('')
  })

  it('counts readers in words, in 万 above ten thousand', () => {
    expect(readCountLabel(619)).toBe('阅读 619 次')
    expect(readCountLabel(12_345)).toBe('阅读 1.2 万次')
    expect(readCountLabel(20_000)).toBe('阅读 2 万次')
  })

  it('names each status in words', () => {
    expect(['draft', 'published', 'unpublished'].map(status => bulletinStatusLabel(status as 'draft').label)).toEqual(['草稿', '已发布', '已撤回'])
  })
})

describe('the bulletin page', () => {
  it('lists the seven items of the reference as contents, each with its anchor', () => {
    const outline = bulletinOutline(reference().body)
    expect(outline).toHaveLength(7)
    expect(outline[4]).toEqual({ number: 5, label: '5、', lead: '开展了各类职工服务活动。', anchor: itemAnchor(5) })
  })

  it('turns the printed phone into numbers to dial, one button each', () => {
    expect(dialablePhones('8219262')).toEqual([{ label: '8219262', dial: '8219262' }])
    expect(dialablePhones('0716-8219262、(0716)8219263 转 801')).toEqual([
      { label: '0716-8219262', dial: '07168219262' },
      { label: '(0716)8219263 转 801', dial: '07168219263' },
    ])
    expect(dialablePhones(null)).toEqual([])
  })

  it('shares a link that opens straight to the bulletin', () => {
    expect(bulletinPagePath('demo-1')).toBe('/packages/bulletins/detail/index?id=demo-1')
    expect(bulletinWebLink('http://127.0.0.1:10086/', 'demo-1')).toBe('http://127.0.0.1:10086/#/packages/bulletins/detail/index?id=demo-1')
  })
})

describe('the new-issue alert switch', () => {
  const alert = { templateKey: 'bulletin-new-issue' as const, templateId: null, enabled: true, credits: 2 }

  it('says how many messages are still allowed, and what to do when none are', () => {
    expect(alertDescription(alert)).toContain('还能收到 2 条提醒')
    expect(alertDescription({ ...alert, credits: 0 })).toContain('用完')
    expect(alertDescription({ ...alert, enabled: false })).toContain('每点一次“允许”')
  })

  it('explains a no, a switched-off WeChat setting and a missing template', () => {
    expect(outcomeNotice({ kind: 'answered', decision: 'accept' })).toBeNull()
    expect(outcomeNotice({ kind: 'answered', decision: 'reject' })).toContain('没有允许')
    expect(outcomeNotice({ kind: 'unavailable', reason: 'switched-off' })).toContain('订阅消息')
    expect(outcomeNotice({ kind: 'unavailable', reason: 'no-template' })).toContain('还没有开通')
  })
})

describe('paging', () => {
  const page = (ids: string[]) => ids.map(id => ({ id }))
  const ready = (ids: string[], nextCursor: string | null): PagedListState<{ id: string }> =>
    pagedListReducer(pagedListReducer(INITIAL_PAGED_LIST, { type: 'start' }), { type: 'first-page', items: page(ids), nextCursor })

  it('appends a page without repeating a bulletin that moved down the list', () => {
    const state = pagedListReducer(ready(['a', 'b'], 'c1'), { type: 'more-page', items: page(['b', 'c']), nextCursor: null })
    expect(state.items.map(item => item.id)).toEqual(['a', 'b', 'c'])
    expect(canLoadMore(state)).toBe(false)
  })

  it('keeps the saved copy on screen, dated, when the network fails', () => {
    const saved = pagedListReducer(INITIAL_PAGED_LIST, { type: 'saved-copy', items: page(['old']), savedAt: 1000 })
    const failed = pagedListReducer(saved, { type: 'first-page-failed', error: new CloudError('COMMON.NETWORK', 'x'), keepSaved: true })
    expect(failed).toMatchObject({ status: 'ready', savedAt: 1000, items: [{ id: 'old' }] })
    expect(canLoadMore(failed)).toBe(false)
  })

  it('drops the saved copy when the server refuses rather than cannot be reached', () => {
    const saved = pagedListReducer(INITIAL_PAGED_LIST, { type: 'saved-copy', items: page(['old']), savedAt: 1000 })
    expect(pagedListReducer(saved, { type: 'first-page-failed', error: new Error('x'), keepSaved: false })).toMatchObject({ status: 'error', items: [], savedAt: null })
  })

  it('replaces the saved copy with the live page and says when the list is empty', () => {
    const saved = pagedListReducer(INITIAL_PAGED_LIST, { type: 'saved-copy', items: page(['old']), savedAt: 1000 })
    expect(pagedListReducer(saved, { type: 'first-page', items: page(['new']), nextCursor: 'n' })).toMatchObject({ status: 'ready', savedAt: null, items: [{ id: 'new' }] })
    expect(pagedListReducer(saved, { type: 'first-page', items: [], nextCursor: null }).status).toBe('empty')
  })

  it('keeps what is shown when a further page fails, and allows another try', () => {
    const loading = pagedListReducer(ready(['a'], 'c1'), { type: 'more-started' })
    expect(canLoadMore(loading)).toBe(false)
    const failed = pagedListReducer(loading, { type: 'more-failed', error: new Error('x') })
    expect(failed.items).toHaveLength(1)
    expect(canLoadMore(failed)).toBe(true)
  })
})

describe('the offline shelf', () => {
  it('keeps the last 20 bulletins, newest saved first, and forgets the oldest', () => {
    const storage = memoryStorage()
    const shelf = createOfflineShelf(storage)
    for (let i = 1; i <= SHELF_SIZE + 2; i++) shelf.keep(detail(`b${i}`), i * 1000)
    expect(shelf.ids()).toHaveLength(SHELF_SIZE)
    expect(shelf.ids()[0]).toBe('b22')
    expect(shelf.find('b1')).toBeNull()
    expect(storage.map.has('offline-cache:bulletins.detail.b1:v1')).toBe(false)
    expect(shelf.find('b22')).toMatchObject({ savedAt: 22_000, data: { id: 'b22' } })
  })

  it('moves a bulletin opened again to the front and knows whether its copy is current', () => {
    const shelf = createOfflineShelf(memoryStorage())
    shelf.keep(detail('a'), 1)
    shelf.keep(detail('b'), 2)
    shelf.keep(detail('a', { updatedAt: '2017-10-01T00:00:00.000Z' }), 3)
    expect(shelf.ids()).toEqual(['a', 'b'])
    expect(shelf.hasCurrent('a', '2017-10-01T00:00:00.000Z')).toBe(true)
    expect(shelf.hasCurrent('a', '2017-09-30T02:00:00.000Z')).toBe(false)
  })

  it('ignores what storage gives back damaged', () => {
    const storage = memoryStorage()
    storage.set('offline-cache:bulletins.shelf:v1', JSON.stringify({ savedAt: 1, data: [{ id: 'x', updatedAt: 'y' }] }))
    storage.set('offline-cache:bulletins.detail.x:v1', JSON.stringify({ savedAt: 1, data: { id: 'x', body: 'not a body' } }))
    expect(createOfflineShelf(storage).find('x')).toBeNull()
    expect(isBulletinDetail(detail('ok'))).toBe(true)
    expect(isBulletinList([listItem('a'), { id: 'b' }])).toBe(false)
  })

  it('forgets copies saved before bulletins had points, so it never offers one it cannot show', () => {
    const storage = memoryStorage()
    const old = detail('old')
    const withoutPoints = { ...old, body: { ...old.body, items: old.body.items.map(({ points: _points, ...item }) => item) } }
    storage.set('offline-cache:bulletins.shelf:v1', JSON.stringify({ savedAt: 1, data: [{ id: 'old', updatedAt: old.updatedAt }] }))
    storage.set('offline-cache:bulletins.detail.old:v1', JSON.stringify({ savedAt: 1, data: withoutPoints }))
    const shelf = createOfflineShelf(storage)
    expect(shelf.find('old')).toBeNull()
    expect(shelf.hasCurrent('old', old.updatedAt)).toBe(false)
    expect(isBulletinDetail(withoutPoints)).toBe(false)
    const bad = { ...old, body: { ...old.body, items: old.body.items.map(item => ({ ...item, points: [{ level: 5, label: '（一）', lead: '', paragraphs: [], subPoints: [] }] })) } }
    expect(isBulletinDetail(bad)).toBe(false)
  })

  it('saves each list of each kind apart', () => {
    const shelf = createOfflineShelf(memoryStorage())
    shelf.feed(null).save([listItem('all')], 5)
    shelf.feed('notice').save([listItem('n')], 6)
    expect(shelf.feed(null).load()?.data.map(item => item.id)).toEqual(['all'])
    expect(shelf.feed('notice').load()?.data.map(item => item.id)).toEqual(['n'])
  })
})

// 一、 with （一） 1. （1） below it, as a notice numbers its points.
function withLevels(): Bulletin {
  const parsed = parseBulletin(
    [
      '关于做好困难职工帮扶工作的通知',
      '各县市区总工会：',
      '一、帮扶对象',
      '（一）在档困难职工。',
      '1.因病致困。',
      '2.单亲困难女职工家庭。',
      '（二）其他需要帮扶的职工。',
      '1.受灾职工。',
      '（1）因自然灾害受损的。',
    ].join('\n\n'),
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.bulletin
}

// Each point of the first item as its label and level.
function outlineOf(form: BulletinForm): string[] {
  return (form.items[0]?.points ?? []).map(point => `${point.label}${point.level}`)
}

describe('the staff form', () => {
  it('gives back the parsed reference unchanged, passing every rule', () => {
    const { bulletin, problems } = bulletinFromForm(formFromBulletin('work-brief', reference()))
    expect(problems).toEqual([])
    expect(bulletin).toEqual(reference())
    expect(checkBulletin(bulletin).ok).toBe(true)
  })

  it('numbers a new item like the first and renumbers after a removal', () => {
    const form = addItem(formFromBulletin('work-brief', reference()))
    expect(form.items.map(item => item.label).slice(-2)).toEqual(['7、', '8、'])
    const removed = removeItem(form, 0)
    expect(removed.items.map(item => item.label)).toEqual(['1、', '2、', '3、', '4、', '5、', '6、', '7、'])
    expect(removed.items[0]?.lead).toBe('成功承办全省工会资产暨加强和规范工人文化宫管理工作推进会。')
  })

  it('renumbers sub-points 一是、二是… as they are added and removed', () => {
    let form = formFromBulletin('work-brief', reference())
    form = addSubPoint(form, { item: 0 })
    expect(form.items[0]?.subPoints.map(point => point.ordinal)).toEqual(['一是', '二是', '三是'])
    form = removeSubPoint(form, { item: 0 }, 0)
    expect(form.items[0]?.subPoints.map(point => point.ordinal)).toEqual(['一是', '二是'])
    expect(form.items[0]?.subPoints[0]?.text).toContain('全市产业工人队伍建设改革工作推进有力')
  })

  it('gives back a bulletin with points at every level unchanged, passing every rule', () => {
    const { bulletin, problems } = bulletinFromForm(formFromBulletin('notice', withLevels()))
    expect(problems).toEqual([])
    expect(bulletin).toEqual(withLevels())
    expect(checkBulletin(bulletin).ok).toBe(true)
  })

  it('moves a point the parser read a level too deep up, numbering the level it joins', () => {
    // 1.因病… sits under （一）; staff say it is a point of its own at the second level.
    const form = shiftPoint(formFromBulletin('notice', withLevels()), 0, 1, -1)
    expect(outlineOf(form)).toEqual(['（一）2', '（二）2', '1.3', '（三）2', '1.3', '（1）4'])
    const { bulletin } = bulletinFromForm(form)
    expect(checkBulletin(bulletin).ok).toBe(true)
  })

  it('moves a point down under the one before it, with the points below it, and back up', () => {
    const form = formFromBulletin('notice', withLevels())
    // 2.单亲… goes under 1.因病…, numbered as the fourth level is.
    const down = shiftPoint(form, 0, 2, 1)
    expect(outlineOf(down)).toEqual(['（一）2', '1.3', '（1）4', '（二）2', '1.3', '（1）4'])
    expect(checkBulletin(bulletinFromForm(down).bulletin).ok).toBe(true)
    expect(outlineOf(shiftPoint(down, 0, 2, -1))).toEqual(outlineOf(form))
    // （二） cannot go under （一）: its （1） would be a fifth level.
    expect(shiftPoint(form, 0, 3, 1)).toEqual(form)
  })

  it('does not move a second-level point up, a first point down, or anything below the fourth level', () => {
    const form = formFromBulletin('notice', withLevels())
    expect(shiftPoint(form, 0, 0, -1)).toEqual(form)
    expect(shiftPoint(form, 0, 0, 1)).toEqual(form)
    // （1） is at the fourth level already.
    expect(shiftPoint(form, 0, 5, 1)).toEqual(form)
  })

  it('adds a point at the second level and removes one, lifting the points below it into its place', () => {
    let form = addPoint(formFromBulletin('notice', withLevels()), 0)
    expect(outlineOf(form).slice(-1)).toEqual(['（三）2'])
    form = updatePoint(form, 0, 6, { lead: '其他事项。' })
    form = removePoint(form, 0, 3)
    expect(outlineOf(form)).toEqual(['（一）2', '1.3', '2.3', '（二）2', '1.3', '（三）2'])
    expect(form.items[0]?.points.map(point => point.lead)).toEqual(['在档困难职工。', '因病致困。', '单亲困难女职工家庭。', '受灾职工。', '因自然灾害受损的。', '其他事项。'])
    expect(checkBulletin(bulletinFromForm(form).bulletin).ok).toBe(true)
  })

  it('numbers a new level in the next GB/T 9704 family the levels above do not use', () => {
    const base = formFromBulletin('notice', withLevels())
    const plain: BulletinForm = { ...base, items: base.items.map(item => ({ ...item, points: item.points.slice(0, 1) })) }
    const twoPoints = addPoint(plain, 0)
    const form = shiftPoint(twoPoints, 0, 1, 1)
    expect(outlineOf(form)).toEqual(['（一）2', '1.3'])
  })

  it('numbers the first point of an item numbered 1、 as （1）, the family GB/T 9704 puts after it', () => {
    const form = addPoint(formFromBulletin('work-brief', reference()), 6)
    expect(form.items[6]?.points.map(point => `${point.label}${point.level}`)).toEqual(['（1）2'])
  })

  it('reads paragraphs one per line and recipients split on 、', () => {
    const form = { ...emptyForm('notice'), title: '通知', intro: '第一段。\n\n 第二段。 ', reportTo: '省总工会、市“四大家”有关领导' }
    const { bulletin } = bulletinFromForm(form)
    expect(bulletin.body.intro).toEqual(['第一段。', '第二段。'])
    expect(bulletin.body.distribution.reportTo).toEqual(['省总工会', '市“四大家”有关领导'])
    expect(bulletin.header).toEqual({ issueNumber: null, issuer: null, issuedOn: null })
  })

  it('says so when the issue number is not a number, and accepts full-width digits', () => {
    expect(bulletinFromForm({ ...emptyForm('notice'), issueNumber: '十' }).problems).toEqual([{ field: 'header.issueNumber', reason: '期号只能填数字，例如 10' }])
    expect(bulletinFromForm({ ...emptyForm('notice'), issueNumber: '１０' }).bulletin.header.issueNumber).toBe(10)
  })

  it('reads a date typed the ways people type it', () => {
    expect(['2017-09-30', '2017.9.30', '2017年9月30日', '２０１７/9/30'].map(normaliseDateInput)).toEqual(['2017-09-30', '2017-09-30', '2017-09-30', '2017-09-30'])
  })

  it('puts each rule’s message beside its field, and names the paragraph in text boxes', () => {
    const form = updateItem(formFromBulletin('work-brief', reference()), 2, { lead: '没有句号的要点句会和正文连在一起而且这一句写得非常非常长超过了二十个字' })
    const { bulletin } = bulletinFromForm({ ...form, intro: '导语。\n第二段没有句号\n第三段。' })
    const checked = checkBulletin(bulletin)
    if (checked.ok) throw new Error('accepted')
    const { byField, summary } = problemsByField(checked.problems)
    expect(byField['items.2.lead']).toContain('要点句')
    expect(byField.intro).toMatch(/^导语第 2 段：/)
    expect(summary.some(line => line.startsWith('第 3 项的要点句：'))).toBe(true)
  })

  it('maps every kind of problem path to its field', () => {
    expect(
      [
        'header.issuedOn',
        'body.title',
        'body.intro.3',
        'body.items.1.subPoints.0.ordinal',
        'body.items.1.paragraphs.2',
        'body.items.1.points.2.label',
        'body.items.1.points.2.subPoints.1',
        'body.items.1.points.2.paragraphs.0',
        'body.items.1.points',
        'body.distribution.sendTo.1',
        'body.phone',
        'body',
      ].map(formFieldOf),
    ).toEqual([
      'issuedOn',
      'title',
      'intro',
      'items.1.subPoints.0.ordinal',
      'items.1.paragraphs',
      'items.1.points.2.label',
      'items.1.points.2.subPoints.1.text',
      'items.1.points.2.paragraphs',
      'items.1.points',
      'sendTo',
      'phone',
      '',
    ])
  })
})
