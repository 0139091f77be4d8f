import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASES_COLLECTION, SLOTS_COLLECTION, type CaseDocument, type SlotDocument } from '../../cloudfunctions/legalAid/legal-documents'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { LOCAL_TEMPLATE_IDS } from '../../scripts/local-subscribe-templates'
import type { MyCase, SlotsAnswer, SlotView } from '../../src/domain/contracts/legal-aid'
import { CASE_DESCRIPTION_CONSENT_VERSION } from '../../src/domain/legal-aid/case-consent'
import { addDays, shanghaiDateKey, shanghaiParts } from '../../src/domain/time/shanghai-time'
import type { MiniProgram } from './harness/mini-program'
import { queryAllByRole } from './harness/queries'
import { dayWords } from '../../src/domain/legal-aid/when-words'
import { defaultStatisticsRange, rangeWords } from '../../src/features/legal-aid/model/statistics-view'
import { FIGURES_ROWS, seedFiguresCases } from '../support/legal-figures'
import { acceptConsent, startWeappStack, type WeappStack } from './weapp-stack'
import { lawyerSlotAt } from '../support/legal-slot'
import { eveningRosterRule } from '../support/legal-roster'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack({ subscribeTemplates: true })
})

afterAll(async () => {
  await stack?.stop()
})

const BOOKED_TEMPLATE_ID = LOCAL_TEMPLATE_IDS['legal-aid-booked']
const REMINDER_TEMPLATE_ID = LOCAL_TEMPLATE_IDS['service-reminder']
const PROGRESS_TEMPLATE_ID = LOCAL_TEMPLATE_IDS['legal-aid-progress']
let requests = 0

/** A call to legalAid as someone else, through the client gateway (as their own phone would make it). */
async function callAs<T>(openid: string, action: string, payload: unknown): Promise<T> {
  requests += 1
  const response = await fetch(`${stack.emulator.origin}/client/functions/legalAid`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action, payload, requestId: `weapp-legal-${requests}-${Date.now()}` }),
  })
  const { result } = (await response.json()) as { result: { ok: boolean; data?: T; error?: { code: string } } }
  if (!result.ok || result.data === undefined) throw new Error(`legalAid.${action} failed: ${JSON.stringify(result)}`)
  return result.data
}

function slotDocument(id: string): SlotDocument | undefined {
  return (stack.emulator.database.find(SLOTS_COLLECTION, { _id: id }, { _id: 1 }) as unknown as SlotDocument[])[0]
}

/** Waits for a control that can be tapped: shown, and not disabled while its data loads. */
function ready(app: MiniProgram, role: string, name: string | RegExp) {
  return app.waitFor(() => {
    const control = app.queryByRole(role, { name })
    return control !== null && control.attrs.disabled !== true && control.attrs.disabled !== 'true' ? control : undefined
  }, `${role} "${String(name)}" ready to tap`)
}

/** The one control with this role and name inside the roster titled `title` on 排班管理. */
function inRoster(app: MiniProgram, title: string, role: string, name: string | RegExp) {
  return app.waitFor(() => {
    const group = app.queryByRole('group', { name: title })
    const found = group === null ? [] : queryAllByRole(group.children, role, { name })
    return found.length === 1 && found[0]?.attrs.disabled !== true && found[0]?.attrs.disabled !== 'true' ? found[0] : undefined
  }, `${role} "${String(name)}" in the roster ${title}`)
}

describe('legal aid in the weapp build', () => {
  it('books the last place of the lawyer on duty with the separate consent, shows it full to another worker, and cancels it', async () => {
    // The demo lawyer's first slot far enough ahead to cancel in the app (the cut-off is 2 hours), one of
    // its two places taken by someone else already.
    const offered = await callAs<SlotsAnswer>('demo-worker', 'listSlots', { serviceKey: 'lawyer-on-duty' })
    const cancellable = Date.now() + 3 * 60 * 60_000
    const slot: SlotView | undefined = offered.days.flatMap(day => day.slots).find(candidate => candidate.placesLeft === 2 && Date.parse(candidate.startsAt) > cancellable)
    if (slot === undefined) throw new Error('the demo roster made no open slot')
    await callAs<MyCase>('o-weapp-first', 'bookSlot', { slotId: slot.slotId, caseType: 'work-injury', phone: { kind: 'typed', number: '13900139000' }, photos: [] })
    const time = `${slot.start}–${slot.end}`

    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    await acceptConsent(app)
    await app.tapTab('pages/services/index')
    app.tap(await app.findByRole('button', { name: /^预约律师坐班、主席接待日/ }))
    await app.waitFor(() => app.page.route === 'packages/legal-aid/book/index' || undefined, 'the booking page')

    app.tap(await app.findByRole('radio', { name: `${time}，还剩 1 个名额` }))
    app.tap(await app.findByRole('radio', { name: '欠薪，工资被拖欠、克扣' }))
    app.type(await app.findByRole('textbox', { name: '简单说说您的情况' }), '在工地干了三个月，老板一直没发工资')
    app.type(await app.findByRole('textbox', { name: '联系电话' }), '13800138000')

    // A description without the separate consent is not sent.
    app.tap(await ready(app, 'button', /^确认预约：/))
    await app.findByText(/需要先勾选同意保存/)
    expect(stack.emulator.database.find(CASES_COLLECTION, { userId: userIdFor('demo-worker') }, { _id: 1 })).toEqual([])
    await app.findByText(/只用来让接待您的人提前了解情况/)
    app.tap(await app.findByRole('checkbox', { name: '我同意保存我的情况说明和照片' }))
    await app.waitFor(() => app.queryByRole('checkbox', { name: '我同意保存我的情况说明和照片' })?.attrs.ariaChecked === 'true' || undefined, 'the consent ticked')

    // A photo of the payslip, uploaded to the worker's own folder before booking.
    app.wx.media.pickPhotos([{ content: Buffer.from('photo of a payslip') }])
    app.tap(await ready(app, 'button', '拍照或选照片'))
    await app.findByRole('button', { name: '删掉第 1 张照片' })

    app.wx.subscribe.answer(BOOKED_TEMPLATE_ID, 'accept')
    app.wx.subscribe.answer(REMINDER_TEMPLATE_ID, 'accept')
    app.wx.subscribe.answer(PROGRESS_TEMPLATE_ID, 'accept')
    await app.settle()
    app.tap(await ready(app, 'button', /^确认预约：/))
    await app.findByText('预约成功')
    await app.findByText('预约结果会通过微信通知您，也会放在“我的 → 消息”里。')
    // WeChat showed one prompt, within the tap, for the confirmation, the reminder and the progress: the
    // later messages have no tap of their own to ask in.
    expect(app.wx.subscribe.prompts).toEqual([[BOOKED_TEMPLATE_ID, REMINDER_TEMPLATE_ID, PROGRESS_TEMPLATE_ID]])

    const [stored] = stack.emulator.database.find(CASES_COLLECTION, { userId: userIdFor('demo-worker') }, { _id: 1 }) as unknown as CaseDocument[]
    expect(stored).toMatchObject({ slotId: slot.slotId, status: 'booked', phone: '13800138000', phoneMasked: '138****8000', consent: { version: CASE_DESCRIPTION_CONSENT_VERSION } })
    expect(stored?.photos).toEqual([expect.stringContaining(`/legal-evidence/${userIdFor('demo-worker')}/`)])
    expect(slotDocument(slot.slotId)).toMatchObject({ booked: 2 })
    // The confirmation went to the outbox with the booking, by WeChat since the worker allowed one.
    const queued = stack.emulator.database.find('notifications', { recipientUserId: userIdFor('demo-worker') }, { _id: 1 })
    expect(queued).toEqual([expect.objectContaining({ templateKey: 'legal-aid-booked', templateId: BOOKED_TEMPLATE_ID })])

    // Another worker sees the slot full, not hidden, and cannot choose it.
    const other = await stack.launch('o-weapp-other', { privacyAgreed: true, entry: 'packages/legal-aid/book/index' })
    await acceptConsent(other)
    const full = await other.findByRole('radio', { name: `${time}，已约满` })
    expect(full.attrs.ariaDisabled).toBe('true')
    other.close()

    app.tap(await app.findByRole('button', { name: '查看我的预约' }))
    await app.waitFor(() => app.page.route === 'packages/legal-aid/case/index' || undefined, 'the booking’s page')
    await app.findByText('已预约 · 本人')
    expect(app.queryByText(/13800138000/)).toBeNull()
    app.tap(await ready(app, 'button', '取消预约'))
    app.tap(await app.findByRole('button', { name: '确定取消' }))
    await app.findByText('已取消 · 本人')
    await app.waitFor(() => app.queryByRole('button', { name: '取消预约' }) === null || undefined, 'the cancel button gone')
    expect(slotDocument(slot.slotId)).toMatchObject({ booked: 1 })
    // The cancellation reached WeChat on the credit that booking tap asked for.
    const progress = stack.emulator.database.find('notifications', { recipientUserId: userIdFor('demo-worker'), templateKey: 'legal-aid-progress' }, { _id: 1 })
    expect(progress).toEqual([expect.objectContaining({ templateId: PROGRESS_TEMPLATE_ID })])

    const again = await stack.launch('o-weapp-other', { privacyAgreed: true, storage: other.storageSnapshot(), entry: 'packages/legal-aid/book/index' })
    await again.findByRole('radio', { name: `${time}，还剩 1 个名额` })
    again.close()
    app.close()
  })

  it('lets the lawyer mark a worker received, hand the case to a leader (包案) and close it with an outcome, which the worker then reads', async () => {
    // An appointment starting in ten minutes, hosted by the demo lawyer.
    const startsAt = new Date(Date.now() + 10 * 60_000)
    const parts = shanghaiParts(startsAt)
    const slotId = 'ro-weapp-soon-0'
    await stack.app.database().collection(SLOTS_COLLECTION).add(lawyerSlotAt(slotId, 'ro-weapp-soon', startsAt))
    const worker = 'o-weapp-received'
    const booked = await callAs<MyCase>(worker, 'bookSlot', {
      slotId,
      caseType: 'unpaid-wages',
      description: '干了三个月没拿到工资',
      consent: { version: CASE_DESCRIPTION_CONSENT_VERSION, granted: true },
      contactName: '陈师傅',
      phone: { kind: 'typed', number: '13700137000' },
      photos: [],
    })

    const lawyer = await stack.launch('demo-lawyer', { privacyAgreed: true, entry: 'pages/me/index' })
    await acceptConsent(lawyer)
    lawyer.tap(await lawyer.findByRole('button', { name: /^今日接待/ }))
    await lawyer.waitFor(() => lawyer.page.route === 'packages/legal-aid/reception/index' || undefined, 'the reception page')
    if (parts.dateKey !== shanghaiDateKey(new Date())) lawyer.tap(await ready(lawyer, 'button', '后一天'))
    const who = '陈师傅，欠薪，电话 137****7000'
    await lawyer.findByText(who)
    expect(lawyer.queryByText(/13700137000/)).toBeNull()
    // What the worker wrote is opened on request, and the number goes to the phone, never to the screen.
    lawyer.tap(await ready(lawyer, 'button', `看情况说明：${who}`))
    await lawyer.findByText('干了三个月没拿到工资')
    lawyer.tap(await ready(lawyer, 'button', `打电话：${who}`))
    await lawyer.waitFor(() => lawyer.wx.ui.phoneCalls.length > 0 || undefined, 'the call to the worker')
    expect(lawyer.wx.ui.phoneCalls).toEqual(['13700137000'])
    expect(lawyer.queryByText(/13700137000/)).toBeNull()
    lawyer.tap(await ready(lawyer, 'button', `已接待：${who}`))
    // 领导包案: the lawyer hands the case to a union leader, who follows it to the end.
    lawyer.tap(await ready(lawyer, 'button', `指派或包案：${who}`))
    lawyer.tap(await lawyer.findByRole('radio', { name: '领导包案' }))
    lawyer.tap(await lawyer.findByRole('radio', { name: '李干事' }))
    lawyer.type(await lawyer.findByRole('textbox', { name: '写给职工的话（可不写）' }), '李干事帮您和单位协商')
    lawyer.tap(await ready(lawyer, 'button', '确定指派'))
    await lawyer.waitFor(() => lawyer.queryByRole('dialog', { name: '指派或包案' }) === null || undefined, 'the dialog to close')
    await lawyer.findByText('领导包案')
    expect(stack.emulator.database.find(CASES_COLLECTION, { _id: booked.id }, { _id: 1 })[0]).toMatchObject({ status: 'assigned', assignee: { name: '李干事', kind: 'leader' } })
    lawyer.tap(await ready(lawyer, 'button', `办结：${who}`))
    lawyer.tap(await lawyer.findByRole('radio', { name: '调解解决' }))
    lawyer.type(await lawyer.findByRole('textbox', { name: '写给职工的话（可不写）' }), '单位同意月底前补发工资')
    lawyer.tap(await ready(lawyer, 'button', '确定办结'))
    await lawyer.waitFor(() => lawyer.queryByRole('dialog', { name: '办结这个案件' }) === null || undefined, 'the dialog to close')
    await lawyer.waitFor(() => (lawyer.queryByRole('button', { name: `办结：${who}` }) === null && lawyer.queryByText('已办结') !== null) || undefined, 'the case shown closed')
    lawyer.close()

    const audited = stack.emulator.database.find('audit_logs', { functionName: 'legalAid' }, { _id: 1 }) as unknown as { action: string; target: { caseId?: string } }[]
    expect(new Set(audited.filter(entry => entry.target.caseId === booked.id).map(entry => entry.action))).toEqual(new Set(['getCase', 'revealContactPhone', 'recordAttendance', 'progressCase']))

    const app = await stack.launch(worker, { privacyAgreed: true, entry: `packages/legal-aid/case/index?id=${booked.id}` })
    await acceptConsent(app)
    // The outcome once, in the 办理结果 card: the timeline's 已办结 step does not repeat it.
    await app.findByText('已办结 · 律师')
    expect(app.getAllByText('调解解决')).toHaveLength(1)
    await app.findByText('经过调解，您反映的问题已经解决。')
    await app.findByText('接待人说：单位同意月底前补发工资')
    expect(app.getAllByText(/^(已预约|已接待|已办结) · /)).toHaveLength(3)
    await app.findByText('已接待 · 律师')
    await app.findByText('领导包案 · 律师')
    await app.findByText('李干事帮您和单位协商')
    await app.findByText('已办结 · 律师')

    // Closed, so the worker can say how it went, once.
    app.tap(await app.findByRole('radio', { name: '很满意' }))
    app.tap(await ready(app, 'button', '提交评价'))
    await app.findByRole('heading', { name: '您的评价' })
    expect(app.queryByRole('button', { name: '提交评价' })).toBeNull()
    expect(stack.emulator.database.find(CASES_COLLECTION, { _id: booked.id }, { _id: 1 })[0]).toMatchObject({ rating: { score: 5 } })
    app.close()
  })

  it('lets staff add a roster whose slots are made at once, and pause a day', async () => {
    const day = addDays(shanghaiDateKey(new Date()), 12)
    const app = await stack.launch('demo-staff', { privacyAgreed: true, entry: 'pages/me/index' })
    await acceptConsent(app)
    app.tap(await app.findByRole('button', { name: /^排班管理/ }))
    await app.waitFor(() => app.page.route === 'packages/legal-aid/rosters/index' || undefined, 'the rosters page')
    await app.findByText('主席接待日 · 李干事')
    app.tap(await app.findByRole('radio', { name: '指定日期' }))
    app.type(await app.findByRole('textbox', { name: '日期' }), day)
    app.type(await app.findByRole('textbox', { name: '每个时段可约几人' }), '3')
    app.tap(await app.findByRole('radio', { name: '王律师' }))
    await app.waitFor(() => app.queryByRole('radio', { name: '王律师' })?.attrs.ariaChecked === 'true' || undefined, 'the lawyer chosen as host')
    app.tap(await ready(app, 'button', '保存排班'))
    await app.findByText('已保存：新增 5 个时段')
    const onDay = stack.emulator.database.find(SLOTS_COLLECTION, { day }, { _id: 1 }) as unknown as SlotDocument[]
    const made = onDay.filter(slot => slot.hostUserId === userIdFor('demo-lawyer') && slot.capacity === 3).map(slot => slot.startMinute)
    expect(made).toEqual([540, 570, 600, 630, 660])

    app.type(await app.findByRole('textbox', { name: '暂停哪一天' }), day)
    app.type(await app.findByRole('textbox', { name: '原因（职工会看到）' }), '律师外出办案')
    app.tap(await ready(app, 'button', '暂停这天并取消预约'))
    await app.findByText(new RegExp(`^已暂停 ${day}：\\d+ 个时段，取消了 0 个预约`))
    expect(stack.emulator.database.find(SLOTS_COLLECTION, { day, status: 'open' }, { _id: 1 })).toEqual([])
    app.close()
  })

  it('lets staff change a roster’s places, which a worker is then offered, and retire it, which keeps only its booked slot', async () => {
    // An evening roster of 李干事 (no demo roster runs then), one of its places booked already.
    const day = addDays(shanghaiDateKey(new Date()), 10)
    const title = '律师坐班 · 李干事'
    const rule = eveningRosterRule(day)
    const saved = await callAs<{ roster: { id: string } }>('demo-staff', 'saveRoster', { rule })
    const rosterId = saved.roster.id
    const offered = await callAs<SlotsAnswer>('o-weapp-roster-holder', 'listSlots', { serviceKey: 'lawyer-on-duty' })
    const first = offered.days.find(entry => entry.day === day)?.slots.find(slot => slot.start === '18:00')
    if (first === undefined) throw new Error('the roster made no 18:00 slot')
    const held = await callAs<MyCase>('o-weapp-roster-holder', 'bookSlot', { slotId: first.slotId, caseType: 'unpaid-wages', phone: { kind: 'typed', number: '13900139001' }, photos: [] })

    const staff = await stack.launch('demo-staff', { privacyAgreed: true, entry: 'packages/legal-aid/rosters/index' })
    await acceptConsent(staff)
    staff.tap(await inRoster(staff, title, 'button', /^修改：/))
    // Opened with its rule as saved.
    expect((await inRoster(staff, title, 'textbox', '接待时间')).attrs.value).toBe('18:00–19:30')
    expect((await inRoster(staff, title, 'textbox', '日期')).attrs.value).toBe(day)
    staff.type(await inRoster(staff, title, 'textbox', '每个时段可约几人'), '4')
    staff.tap(await inRoster(staff, title, 'button', '保存修改'))
    await staff.findByText('已保存：更新 2 个时段，已预约的 1 个时段保持不变，预约照常')
    expect(stack.emulator.database.find(SLOTS_COLLECTION, { rosterId }, { _id: 1 }).map(slot => [slot.startMinute, slot.capacity, slot.booked])).toEqual([
      [18 * 60, 2, 1],
      [18 * 60 + 30, 4, 0],
      [19 * 60, 4, 0],
    ])

    const worker = await stack.launch('demo-worker', { privacyAgreed: true, entry: 'packages/legal-aid/book/index' })
    await acceptConsent(worker)
    const daySlots = `${dayWords(day)}的时段`
    const slotIn = (name: string) => worker.waitFor(() => {
      const group = worker.queryByRole('radiogroup', { name: daySlots })
      return group === null ? undefined : queryAllByRole(group.children, 'radio', { name })[0]
    }, `the slot ${name}`)
    await slotIn('18:30–19:00，还剩 4 个名额')
    await slotIn('18:00–18:30，还剩 1 个名额')
    worker.close()

    // Retiring asks first, saying the booking ahead stands.
    staff.tap(await inRoster(staff, title, 'button', /^停用：/))
    await staff.findByRole('dialog', { name: '停用这条排班？' })
    await staff.findByText(/以后的时段里还有 1 个预约，停用不会取消它们/)
    staff.tap(await ready(staff, 'button', '确定停用'))
    await staff.findByText('已停用：撤下 2 个没人预约的时段，已预约的 1 个时段保持不变，预约照常')
    await inRoster(staff, title, 'button', /^恢复使用：/)
    expect(stack.emulator.database.find(SLOTS_COLLECTION, { rosterId }, { _id: 1 }).map(slot => [slot._id, slot.status, slot.booked])).toEqual([[first.slotId, 'withdrawn', 1]])
    expect(stack.emulator.database.find(CASES_COLLECTION, { _id: held.id }, { _id: 1 })[0]).toMatchObject({ status: 'booked' })
    staff.close()

    // 今日接待 on that day tells the host the slot takes no new bookings, and keeps its booked person on the list.
    const host = await stack.launch('demo-staff', { privacyAgreed: true, entry: 'packages/legal-aid/reception/index' })
    await acceptConsent(host)
    // Staff see everyone's day once their profile has loaded (the screen starts over then).
    await host.findByRole('radiogroup', { name: '看谁的接待' })
    const today = shanghaiDateKey(new Date())
    for (let ahead = 1; ahead <= 10; ahead += 1) {
      host.tap(await ready(host, 'button', '后一天'))
      await host.findByText(dayWords(addDays(today, ahead)))
    }
    await host.findByText(/18:00–18:30/)
    await host.findByText(/已约 1\/2 · 排班已停用：只接待已约的人，不再接受新预约/)
    host.close()

    // Nobody is offered a place in it any more.
    const later = await stack.launch('demo-worker', { privacyAgreed: true, entry: 'packages/legal-aid/book/index' })
    await acceptConsent(later)
    await later.findByRole('heading', { name: '选择时间' })
    await later.waitFor(() => later.queryAllByRole('radio', { name: /，(还剩 \d+ 个名额|已约满)$/ }).length > 0 || undefined, 'the slots listed')
    expect(later.queryAllByRole('radio', { name: /^1[89]:\d\d–/ })).toEqual([])
    later.close()

    // Its holder still finds the booking in 我的咨询, with the numbers to call.
    const holder = await stack.launch('o-weapp-roster-holder', { privacyAgreed: true, entry: 'packages/legal-aid/my-cases/index' })
    await acceptConsent(holder)
    await holder.findByRole('button', { name: `律师坐班，欠薪，${dayWords(day)} 18:00–18:30，已预约` })
    await holder.findByRole('button', { name: '职工服务热线 12351，法律咨询，点一下拨打' })
    holder.close()
  })

  it('shows staff the statistics of a range of months, empty months as 0, and a bad range in words', async () => {
    await seedFiguresCases(stack.app.database())
    const app = await stack.launch('demo-staff', { privacyAgreed: true, entry: 'pages/me/index' })
    await acceptConsent(app)
    app.tap(await app.findByRole('button', { name: /^排班管理/ }))
    await app.waitFor(() => app.page.route === 'packages/legal-aid/rosters/index' || undefined, 'the rosters page')
    app.tap(await ready(app, 'button', /^接待统计/))
    await app.waitFor(() => app.page.route === 'packages/legal-aid/statistics/index' || undefined, 'the statistics page')
    // This year to this month, until staff choose another range.
    await app.findByRole('heading', { name: rangeWords(defaultStatisticsRange(Date.now())) })

    app.type(await app.findByRole('textbox', { name: '从哪个月' }), '2025-3')
    app.type(await app.findByRole('textbox', { name: '到哪个月' }), '2025年4月')
    app.tap(await ready(app, 'button', '查看统计'))
    await app.findByRole('heading', { name: '2025年3月至2025年4月' })
    await app.findByRole('row', { name: FIGURES_ROWS.month })
    await app.findByRole('row', { name: FIGURES_ROWS.emptyMonth })
    await app.findByRole('row', { name: FIGURES_ROWS.unpaidWages })
    await app.findByRole('row', { name: FIGURES_ROWS.settled })
    await app.findByText('25%')

    app.type(await app.findByRole('textbox', { name: '从哪个月' }), '2025-05')
    app.tap(await ready(app, 'button', '查看统计'))
    await app.findByText('⚠ 请选 1 到 36 个月，开始月份不能晚于结束月份')
    app.close()
  })
})
