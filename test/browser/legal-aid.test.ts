import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASES_COLLECTION, SLOTS_COLLECTION } from '../../cloudfunctions/legalAid/legal-documents'
import type { MyCase, SlotsAnswer, SlotView } from '../../src/domain/contracts/legal-aid'
import { dayWords } from '../../src/domain/legal-aid/when-words'
import { addDays, shanghaiDateKey, shanghaiParts } from '../../src/domain/time/shanghai-time'
import { defaultStatisticsRange, rangeWords } from '../../src/features/legal-aid/model/statistics-view'
import { FIGURES_ROWS, seedFiguresCases } from '../support/legal-figures'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'
import { screenOf } from './screen-of'
import { lawyerSlotAt } from '../support/legal-slot'
import { eveningRosterRule } from '../support/legal-roster'
import { callFunctionAs } from './call-function-as'

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
})

afterAll(async () => {
  await stack?.stop()
})

/** A call to legalAid as someone, through the client gateway. */
const callAs = <T>(openid: string, action: string, payload: unknown): Promise<T> => callFunctionAs<T>(stack, openid, 'legalAid', action, payload)

const BOOK_PAGE = '/packages/legal-aid/book/index'

/** The booking page's radio for a slot, as a screen reader names it. */
function slotRadio(page: Page, time: string, state: string) {
  return screenOf(page, BOOK_PAGE).getByRole('radio', { name: `${time}，${state}` })
}

describe('法律援助 in Chromium', () => {
  it('books the last place, shows it full to another person, cancels it, and shows it free again', async () => {
    // The demo lawyer's first slot far enough ahead to cancel in the app (the cut-off is 2 hours), one of
    // its two places taken by someone else already.
    const offered = await callAs<SlotsAnswer>('demo-worker', 'listSlots', { serviceKey: 'lawyer-on-duty' })
    const cancellable = Date.now() + 3 * 60 * 60_000
    const slot: SlotView | undefined = offered.days.flatMap(day => day.slots).find(candidate => candidate.placesLeft === 2 && Date.parse(candidate.startsAt) > cancellable)
    if (slot === undefined) throw new Error('the demo roster made no open slot')
    await callAs<MyCase>('o-browser-first', 'bookSlot', { slotId: slot.slotId, caseType: 'work-injury', phone: { kind: 'typed', number: '13900139000' }, photos: [] })
    const time = `${slot.start}–${slot.end}`

    const worker = await stack.openApp('demo-worker', { path: 'pages/services/index' })
    await worker.page.getByRole('button', { name: /^预约律师坐班、主席接待日/ }).click()
    const booking = screenOf(worker.page, BOOK_PAGE)
    await slotRadio(worker.page, time, '还剩 1 个名额').click()
    await booking.getByRole('radio', { name: '欠薪，工资被拖欠、克扣' }).click()
    await booking.getByLabel('联系电话').locator('input').fill('13800138000')
    await booking.getByRole('button', { name: /^确认预约：/ }).click()
    await expectVisible(booking.getByText('预约成功'))
    // No WeChat template is set up on this stack, so nothing is asked and the page says where word will come.
    await expectVisible(booking.getByText('微信提醒还没有开通，预约结果会放在“我的 → 消息”里。'))
    await expect.poll(() => stack.emulator.database.find(SLOTS_COLLECTION, { _id: slot.slotId })[0]?.booked).toBe(2)

    // Someone else sees the slot full, listed rather than hidden, and cannot choose it.
    const other = await stack.openApp('demo-admin', { path: BOOK_PAGE.slice(1) })
    const full = slotRadio(other.page, time, '已约满')
    await expectVisible(full)
    expect(await full.getAttribute('aria-disabled')).toBe('true')

    // The worker cancels from the booking's page.
    await booking.getByRole('button', { name: '查看我的预约' }).click()
    const casePage = screenOf(worker.page, '/packages/legal-aid/case/index')
    await expectVisible(casePage.getByText('已预约 · 本人'))
    await expect(casePage.getByText(/13800138000/).count()).resolves.toBe(0)
    await casePage.getByRole('button', { name: '取消预约' }).click()
    await worker.page.getByRole('button', { name: '确定取消' }).click()
    await expectVisible(casePage.getByText('已取消 · 本人'))
    await expect.poll(() => stack.emulator.database.find(SLOTS_COLLECTION, { _id: slot.slotId })[0]?.booked).toBe(1)

    // …and the place is free again for the other person.
    await other.page.reload()
    await expectVisible(slotRadio(other.page, time, '还剩 1 个名额'))
    await other.context.close()
    await worker.context.close()
  })

  it('lets the lawyer receive a worker and close the case with an outcome, which the worker reads on the timeline', async () => {
    // An appointment starting in ten minutes, hosted by the demo lawyer, booked by the demo worker.
    const startsAt = new Date(Date.now() + 10 * 60_000)
    const parts = shanghaiParts(startsAt)
    const slotId = 'ro-browser-soon-0'
    await stack.app.database().collection(SLOTS_COLLECTION).add(lawyerSlotAt(slotId, 'ro-browser-soon', startsAt))
    const booked = await callAs<MyCase>('demo-worker', 'bookSlot', { slotId, caseType: 'unpaid-wages', contactName: '张师傅', phone: { kind: 'typed', number: '13700137000' }, photos: [] })

    const lawyer = await stack.openApp('demo-lawyer', { path: 'packages/legal-aid/reception/index' })
    const reception = screenOf(lawyer.page, '/packages/legal-aid/reception/index')
    // Near midnight the appointment falls on the next Shanghai day.
    if (parts.dateKey !== shanghaiParts(new Date()).dateKey) await reception.getByRole('button', { name: '后一天' }).click()
    const who = '张师傅，欠薪，电话 137****7000'
    await expectVisible(reception.getByText(who))
    await reception.getByRole('button', { name: `已接待：${who}` }).click()
    await reception.getByRole('button', { name: `办结：${who}` }).click()
    const dialog = lawyer.page.getByRole('dialog', { name: '办结这个案件' })
    await dialog.getByRole('radio', { name: '调解解决' }).click()
    await dialog.getByLabel('写给职工的话（可不写）').locator('textarea').fill('单位同意月底前补发工资')
    await dialog.getByRole('button', { name: '确定办结' }).click()
    await expect.poll(() => stack.emulator.database.find(CASES_COLLECTION, { _id: booked.id })[0]?.status).toBe('closed')
    await expectVisible(reception.getByText('已办结').first())
    await lawyer.context.close()

    const worker = await stack.openApp('demo-worker', { path: `packages/legal-aid/case/index?id=${booked.id}` })
    const casePage = screenOf(worker.page, '/packages/legal-aid/case/index')
    await expectVisible(casePage.getByText('经过调解，您反映的问题已经解决。'))
    await expectVisible(casePage.getByText('接待人说：单位同意月底前补发工资'))
    for (const step of ['已预约 · 本人', '已接待 · 律师', '已办结 · 律师']) await expectVisible(casePage.getByText(step))
    // The outcome once, in its card: the 已办结 step does not repeat it.
    expect(await casePage.getByText('调解解决', { exact: true }).count()).toBe(1)
    await worker.context.close()
  })

  it('lets staff change a roster’s places, which a worker is then offered, and retire it, which keeps only its booked slot', async () => {
    // An evening roster of 李干事 (no demo roster runs then), one of its places booked already.
    const day = addDays(shanghaiDateKey(new Date()), 9)
    const rule = eveningRosterRule(day)
    const { roster } = await callAs<{ roster: { id: string } }>('demo-staff', 'saveRoster', { rule })
    const offered = await callAs<SlotsAnswer>('demo-worker', 'listSlots', { serviceKey: 'lawyer-on-duty' })
    const first = offered.days.find(entry => entry.day === day)?.slots.find(slot => slot.start === '18:00')
    if (first === undefined) throw new Error('the roster made no 18:00 slot')
    await callAs<MyCase>('demo-admin', 'bookSlot', { slotId: first.slotId, caseType: 'unpaid-wages', phone: { kind: 'typed', number: '13900139001' }, photos: [] })

    const staff = await stack.openApp('demo-staff', { path: 'packages/legal-aid/rosters/index' })
    const item = screenOf(staff.page, '/packages/legal-aid/rosters/index').getByRole('group', { name: '律师坐班 · 李干事' })
    await item.getByRole('button', { name: /^修改：/ }).click()
    // Opened with its rule as saved.
    expect(await item.getByLabel('接待时间').locator('input').inputValue()).toBe('18:00–19:30')
    await item.getByLabel('每个时段可约几人').locator('input').fill('4')
    await item.getByRole('button', { name: '保存修改' }).click()
    await expectVisible(item.getByText('已保存：更新 2 个时段，已预约的 1 个时段保持不变，预约照常'))

    const worker = await stack.openApp('demo-worker', { path: BOOK_PAGE.slice(1) })
    const daySlots = screenOf(worker.page, BOOK_PAGE).getByRole('radiogroup', { name: `${dayWords(day)}的时段` })
    await expectVisible(daySlots.getByRole('radio', { name: '18:30–19:00，还剩 4 个名额' }))
    await expectVisible(daySlots.getByRole('radio', { name: '18:00–18:30，还剩 1 个名额' }))

    // Retiring asks first, saying the booking ahead stands.
    await item.getByRole('button', { name: /^停用：/ }).click()
    const dialog = staff.page.getByRole('dialog', { name: '停用这条排班？' })
    await expectVisible(dialog.getByText(/以后的时段里还有 1 个预约，停用不会取消它们/))
    await dialog.getByRole('button', { name: '确定停用' }).click()
    await expectVisible(item.getByText('已停用：撤下 2 个没人预约的时段，已预约的 1 个时段保持不变，预约照常'))
    await expectVisible(item.getByRole('button', { name: /^恢复使用：/ }))
    expect(stack.emulator.database.find(SLOTS_COLLECTION, { rosterId: roster.id }).map(slot => [slot._id, slot.status, slot.booked])).toEqual([[first.slotId, 'withdrawn', 1]])
    await staff.context.close()

    // Nobody is offered a place in it any more.
    await worker.page.reload()
    const booking = screenOf(worker.page, BOOK_PAGE)
    await expectVisible(booking.getByRole('radio', { name: /，(还剩 \d+ 个名额|已约满)$/ }).first())
    expect(await booking.getByRole('radio', { name: /^1[89]:\d\d–/ }).count()).toBe(0)
    await worker.context.close()
  })

  it('shows staff the statistics of a range of months, with the known figures of seeded cases', async () => {
    await seedFiguresCases(stack.app.database())
    const staff = await stack.openApp('demo-staff', { path: 'packages/legal-aid/rosters/index' })
    await screenOf(staff.page, '/packages/legal-aid/rosters/index').getByRole('button', { name: /^接待统计/ }).click()
    const figures = screenOf(staff.page, '/packages/legal-aid/statistics/index')
    // This year to this month, until staff choose another range.
    await expectVisible(figures.getByRole('heading', { name: rangeWords(defaultStatisticsRange(Date.now())) }))
    await figures.getByLabel('从哪个月').locator('input').fill('2025-03')
    await figures.getByLabel('到哪个月').locator('input').fill('2025-04')
    await figures.getByRole('button', { name: '查看统计' }).click()
    await expectVisible(figures.getByRole('heading', { name: '2025年3月至2025年4月' }))
    for (const name of [FIGURES_ROWS.month, FIGURES_ROWS.emptyMonth, FIGURES_ROWS.unpaidWages, FIGURES_ROWS.settled]) await expectVisible(figures.getByRole('row', { name }))
    await expectVisible(figures.getByLabel(FIGURES_ROWS.noShowRate))
    await staff.context.close()
  })
})
