import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASES_COLLECTION, SLOTS_COLLECTION } from '../../cloudfunctions/legalAid/legal-documents'
import type { MyCase, SlotsAnswer, SlotView } from '../../src/domain/contracts/legal-aid'
import { shanghaiParts } from '../../src/domain/time/shanghai-time'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'
import { screenOf } from './screen-of'
import { lawyerSlotAt } from '../support/legal-slot'

let stack: BrowserStack
let requests = 0

beforeAll(async () => {
  stack = await startBrowserStack()
})

afterAll(async () => {
  await stack?.stop()
})

/** A call to legalAid as someone, through the client gateway, as their own phone would make it. */
async function callAs<T>(openid: string, action: string, payload: unknown): Promise<T> {
  requests += 1
  const response = await fetch(`${stack.emulator.origin}/client/functions/legalAid`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action, payload, requestId: `browser-legal-${requests}-${Date.now()}` }),
  })
  const { result } = (await response.json()) as { result: { ok: boolean; data?: T } }
  if (!result.ok || result.data === undefined) throw new Error(`legalAid.${action} failed: ${JSON.stringify(result)}`)
  return result.data
}

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
    await worker.context.close()
  })
})
