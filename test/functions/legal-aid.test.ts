import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { casesRepository } from '../../cloudfunctions/legalAid/cases-repository'
import { caseIdFor } from '../../cloudfunctions/legalAid/booking-service'
import { CASES_COLLECTION, CLAIMS_COLLECTION, SERVICES_COLLECTION, SLOTS_COLLECTION, type CaseDocument, type ClaimDocument, type SlotDocument } from '../../cloudfunctions/legalAid/legal-documents'
import { LOCAL_TEMPLATE_IDS } from '../../scripts/local-subscribe-templates'
import type { legalAidContract, MyCase, SlotView, StaffCase } from '../../src/domain/contracts/legal-aid'
import { DELETE_MY_DATA_CONFIRMATION } from '../../src/domain/contracts/users'
import { CASE_DESCRIPTION_CONSENT_VERSION } from '../../src/domain/legal-aid/case-consent'
import type { PayloadOf } from '../../src/domain/contracts/define-contract'
import { slotIdFor } from '../../src/domain/legal-aid/slot-plan'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { asAdmin, asLawyer, asStaff, asWorker, startTestStack, type TestCaller, type TestStack } from '../support/test-stack'
import { lawyerSlotAt } from '../support/legal-slot'
import { type Envelope, expectOk, expectError } from '../support/expect-envelope'

type RosterRule = PayloadOf<(typeof legalAidContract)['actions']['saveRoster']>['rule']

let stack: TestStack
let requestCounter = 0
const requestId = (label: string) => `legal-${label}-${(requestCounter += 1)}`.padEnd(8, '0')

const LAWYER = userIdFor('demo-lawyer')
const today = () => shanghaiDateKey(new Date())
const tomorrow = () => addDays(today(), 1)

beforeAll(async () => {
  stack = await startTestStack({ subscribeTemplates: true })
})

afterAll(async () => {
  await stack.stop()
})

beforeEach(() => {
  stack.emulator.wx.clearOutbox()
})

/** A worker who opened the app once. */
async function worker(name: string): Promise<TestCaller & { readonly openid: string }> {
  const caller = { openid: `o-legal-${name}` }
  expectOk(await stack.call('users', 'getMe', {}, { as: caller }))
  return caller
}

/** A roster on chosen days, 09:00–11:00 in 30-minute slots, hosted by the demo lawyer. */
function rule(days: readonly string[], placesPerSlot = 2, extra: Partial<RosterRule> = {}): RosterRule {
  return {
    serviceKey: 'lawyer-on-duty',
    days: { kind: 'dates', dates: [...days] },
    ranges: [{ start: '09:00', end: '11:00' }],
    slotMinutes: 30,
    placesPerSlot,
    room: '职工服务中心一楼接待室',
    hostUserId: LAWYER,
    validFrom: null,
    validUntil: null,
    active: true,
    ...extra,
  }
}

async function saveRoster(days: readonly string[], placesPerSlot = 2, extra: Partial<RosterRule> = {}, rosterId?: string) {
  return expectOk(
    await stack.call('legalAid', 'saveRoster', { ...(rosterId === undefined ? {} : { rosterId }), rule: rule(days, placesPerSlot, extra) }, { as: asStaff, requestId: requestId('roster') }),
  )
}

async function slotsOn(day: string, as: TestCaller = asWorker): Promise<readonly SlotView[]> {
  const answer = expectOk(await stack.call('legalAid', 'listSlots', { serviceKey: 'lawyer-on-duty' }, { as }))
  return answer.days.find(entry => entry.day === day)?.slots ?? []
}

/** A roster's slots on a day, as `as` is offered them, and the first of them (booked by the tests below). */
async function rosterSlotsOn(rosterId: string, day: string, as: TestCaller = asWorker): Promise<readonly SlotView[]> {
  return (await slotsOn(day, as)).filter(slot => slot.slotId.startsWith(`${rosterId}-`))
}

async function firstSlotOf(rosterId: string, day: string): Promise<SlotView> {
  const [first] = await rosterSlotsOn(rosterId, day)
  if (first === undefined) throw new Error('no slot')
  return first
}

function booking(slotId: string, extra: Record<string, unknown> = {}) {
  return {
    slotId,
    caseType: 'unpaid-wages' as const,
    phone: { kind: 'typed' as const, number: '138 0013 8000' },
    photos: [],
    ...extra,
  }
}

async function book(as: TestCaller, slotId: string, extra: Record<string, unknown> = {}, id = requestId('book')): Promise<MyCase> {
  return expectOk(await stack.call('legalAid', 'bookSlot', booking(slotId, extra), { as, requestId: id }))
}

function documents<T>(collection: string, filter: Record<string, unknown> = {}): T[] {
  return stack.emulator.database.find(collection, filter, { _id: 1 }) as T[]
}

/** A slot starting at `startsAt`, written straight to the database (to stand at a time a roster would not make). */
async function seedSlot(id: string, startsAt: Date, capacity = 2): Promise<void> {
  await stack.db.collection(SLOTS_COLLECTION).add(lawyerSlotAt(id, 'ro-seeded', startsAt, capacity))
}

describe('booking the lawyer on duty', () => {
  let day: string
  beforeAll(async () => {
    day = addDays(today(), 2)
    await saveRoster([day])
  })

  it('shows two weeks of slots by day, and a full slot as full rather than hiding it', async () => {
    const slots = await slotsOn(day)
    expect(slots.map(slot => `${slot.start}–${slot.end}`)).toEqual(['09:00–09:30', '09:30–10:00', '10:00–10:30', '10:30–11:00'])
    expect(slots[0]).toMatchObject({ capacity: 2, placesLeft: 2, full: false, mine: false, room: '职工服务中心一楼接待室', hostName: '王律师' })
    const [first] = slots
    if (first === undefined) throw new Error('no slot')
    await book(await worker('fill-1'), first.slotId)
    await book(await worker('fill-2'), first.slotId)
    const after = await slotsOn(day)
    expect(after[0]).toMatchObject({ slotId: first.slotId, placesLeft: 0, full: true })
    expect(after).toHaveLength(4)
  })

  it('books a place with the description, the separate consent, the phone masked and the employer', async () => {
    const caller = await worker('books')
    const slot = (await slotsOn(day))[1]
    if (slot === undefined) throw new Error('no slot')
    const booked = await book(caller, slot.slotId, {
      description: '老板拖欠三个月工资，一共一万二',
      consent: { version: CASE_DESCRIPTION_CONSENT_VERSION, granted: true },
      contactName: '刘师傅',
      employer: '荆州某建筑公司',
    })
    expect(booked).toMatchObject({ status: 'booked', statusLabel: '已预约', phoneMasked: '138****8000', employer: '荆州某建筑公司', contactName: '刘师傅', caseTypeLabel: '欠薪', day, start: '09:30' })
    expect(JSON.stringify(booked)).not.toContain('13800138000')
    expect(booked.timeline.map(entry => [entry.label, entry.by])).toEqual([['已预约', '本人']])
    expect(booked.cancel.allowed).toBe(true)
    const stored = documents<CaseDocument>(CASES_COLLECTION, { _id: booked.id })[0]
    expect(stored).toMatchObject({ phone: '13800138000', description: '老板拖欠三个月工资，一共一万二', consent: { version: CASE_DESCRIPTION_CONSENT_VERSION } })
    expect((await slotsOn(day, caller)).find(entry => entry.slotId === slot.slotId)).toMatchObject({ mine: true, placesLeft: 1 })
  })

  it('refuses to store a description without the separate consent, and changes nothing', async () => {
    const caller = await worker('no-consent')
    const slot = (await slotsOn(day))[2]
    if (slot === undefined) throw new Error('no slot')
    const before = stack.snapshot()
    for (const consent of [undefined, { version: CASE_DESCRIPTION_CONSENT_VERSION, granted: false }, { version: '2020-01-01', granted: true }]) {
      const answer = await stack.call('legalAid', 'bookSlot', booking(slot.slotId, { description: '工伤', ...(consent === undefined ? {} : { consent }) }), { as: caller, requestId: requestId('consent') })
      expect(expectError(answer, 'LEGAL_AID.CONSENT_REQUIRED')).toContain('单独同意')
    }
    expect(stack.snapshot()).toBe(before)
    // Without a description nothing sensitive is stored, so no consent is needed.
    expect((await book(caller, slot.slotId)).description).toBeNull()
  })

  it('replays the same booking for a retried request id, even two retries at once', async () => {
    const caller = await worker('retries')
    const slot = (await slotsOn(day))[3]
    if (slot === undefined) throw new Error('no slot')
    const id = requestId('retry')
    const [first, second] = await Promise.all([
      stack.call('legalAid', 'bookSlot', booking(slot.slotId), { as: caller, requestId: id }),
      stack.call('legalAid', 'bookSlot', booking(slot.slotId), { as: caller, requestId: id }),
    ])
    const third = await stack.call('legalAid', 'bookSlot', booking(slot.slotId), { as: caller, requestId: id })
    const ids = [expectOk(first).id, expectOk(second).id, expectOk(third).id]
    expect(new Set(ids).size).toBe(1)
    expect(documents(CASES_COLLECTION, { userId: userIdFor(caller.openid) })).toHaveLength(1)
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { _id: slot.slotId })[0]).toMatchObject({ booked: 1, holders: [ids[0]] })
    expect(documents<ClaimDocument>(CLAIMS_COLLECTION, { _id: ids[0] })).toEqual([expect.objectContaining({ slotId: slot.slotId, verdict: 'booked' })])
  })

  it('gives the last place to exactly one of many people tapping at once, and 已约满 to the rest', async () => {
    await saveRoster([addDays(today(), 3)], 1)
    const [slot] = await slotsOn(addDays(today(), 3))
    if (slot === undefined) throw new Error('no slot')
    const people = await Promise.all(Array.from({ length: 20 }, (_, index) => worker(`race-${index}`)))
    const answers = await Promise.all(people.map(person => stack.call('legalAid', 'bookSlot', booking(slot.slotId), { as: person, requestId: requestId('race') })))
    expect(answers.filter(answer => answer.ok)).toHaveLength(1)
    const refusals = answers.filter((answer): answer is Extract<typeof answer, { ok: false }> => !answer.ok)
    expect(refusals.map(answer => answer.error.code)).toEqual(Array.from({ length: 19 }, () => 'LEGAL_AID.SLOT_FULL'))
    expect(refusals[0]?.error.message).toContain('已约满')
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { _id: slot.slotId })[0]).toMatchObject({ booked: 1 })
    expect(documents(CASES_COLLECTION, { slotId: slot.slotId })).toHaveLength(1)
  })

  it('fills every place of a slot when more people tap at once than a transaction retries', async () => {
    // Each booking writes only its own documents: with 8 places and 30 people, the 8 who claim a place
    // all get it, however their transactions interleave, and nobody is told the system was busy.
    const rushDay = addDays(today(), 9)
    await saveRoster([rushDay], 8, { serviceKey: 'chairman-reception', ranges: [{ start: '16:00', end: '16:30' }] })
    const slot = expectOk(await stack.call('legalAid', 'listSlots', { serviceKey: 'chairman-reception' }, { as: asWorker })).days.find(entry => entry.day === rushDay)?.slots[0]
    if (slot === undefined) throw new Error('no slot')
    const people = await Promise.all(Array.from({ length: 30 }, (_, index) => worker(`rush-${index}`)))
    const answers = await Promise.all(people.map(person => stack.call('legalAid', 'bookSlot', booking(slot.slotId), { as: person, requestId: requestId('rush') })))
    expect(answers.filter(answer => answer.ok)).toHaveLength(8)
    const refusals = answers.filter((answer): answer is Extract<typeof answer, { ok: false }> => !answer.ok)
    expect(refusals.map(answer => answer.error.code)).toEqual(Array.from({ length: 22 }, () => 'LEGAL_AID.SLOT_FULL'))
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { _id: slot.slotId })[0]).toMatchObject({ booked: 8 })
    expect(documents(CASES_COLLECTION, { slotId: slot.slotId, status: 'booked' })).toHaveLength(8)
  })

  it('never books a place that was given back while its booking was under way', async () => {
    // A claim older than a transaction can live is given up: the next person to find the slot full frees
    // it. The request that claimed it, come back late, must not be booked on top of the new holder.
    await seedSlot('ro-seeded-given-back', new Date(Date.now() + 4 * 24 * 60 * 60_000), 1)
    const late = await worker('late-claim')
    const lateRequest = requestId('late-claim')
    const lateCase = caseIdFor(userIdFor(late.openid), lateRequest)
    const longAgo = new Date(Date.now() - 5 * 60_000)
    await stack.db.collection(SLOTS_COLLECTION).doc('ro-seeded-given-back').update({ booked: 1, holders: [lateCase], claimedAt: { [lateCase]: longAgo } })

    const next = await book(await worker('after-late-claim'), 'ro-seeded-given-back')
    expect(documents<ClaimDocument>(CLAIMS_COLLECTION, { _id: lateCase })).toEqual([expect.objectContaining({ verdict: 'void' })])
    expect(expectError(await stack.call('legalAid', 'bookSlot', booking('ro-seeded-given-back'), { as: late, requestId: lateRequest }), 'LEGAL_AID.SLOT_FULL')).toContain('已约满')
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { _id: 'ro-seeded-given-back' })[0]).toMatchObject({ booked: 1, holders: [next.id] })

    // A booked place is never given back, however old its claim: the next look finds it booked and forgets its time.
    await stack.db.collection(SLOTS_COLLECTION).doc('ro-seeded-given-back').update({ claimedAt: { [next.id]: longAgo } })
    expectError(await stack.call('legalAid', 'bookSlot', booking('ro-seeded-given-back'), { as: late, requestId: requestId('late-again') }), 'LEGAL_AID.SLOT_FULL')
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { _id: 'ro-seeded-given-back' })[0]).toMatchObject({ booked: 1, holders: [next.id], claimedAt: {} })
    expect(documents(CASES_COLLECTION, { slotId: 'ro-seeded-given-back' })).toHaveLength(1)
  })

  it('refuses the same slot twice, an overlapping slot, and a third open booking', async () => {
    const caller = await worker('limits')
    const first = addDays(today(), 4)
    const second = addDays(today(), 5)
    // This test's own rosters' slots: other tests' rosters may hold slots, some full, on the same days.
    const lawyer = await saveRoster([first, second], 3)
    await saveRoster([first], 3, { serviceKey: 'chairman-reception', ranges: [{ start: '09:15', end: '09:45' }] })
    const [a] = await rosterSlotsOn(lawyer.roster.id, first)
    const [b] = await rosterSlotsOn(lawyer.roster.id, second)
    if (a === undefined || b === undefined) throw new Error('no slot')
    await book(caller, a.slotId)
    expectError(await stack.call('legalAid', 'bookSlot', booking(a.slotId), { as: caller, requestId: requestId('twice') }), 'LEGAL_AID.ALREADY_BOOKED')
    const chairman = expectOk(await stack.call('legalAid', 'listSlots', { serviceKey: 'chairman-reception' }, { as: caller })).days.find(entry => entry.day === first)?.slots[0]
    if (chairman === undefined) throw new Error('no chairman slot')
    const overlap = expectError(await stack.call('legalAid', 'bookSlot', booking(chairman.slotId), { as: caller, requestId: requestId('overlap') }), 'LEGAL_AID.OVERLAPPING_BOOKING')
    expect(overlap).toContain('09:00–09:30')
    await book(caller, b.slotId)
    const third = (await rosterSlotsOn(lawyer.roster.id, second))[2]
    if (third === undefined) throw new Error('no slot')
    expectError(await stack.call('legalAid', 'bookSlot', booking(third.slotId), { as: caller, requestId: requestId('third') }), 'LEGAL_AID.TOO_MANY_OPEN_BOOKINGS')
    // The refusals gave their claims back: the places are still free.
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { _id: third.slotId })[0]).toMatchObject({ booked: 0, holders: [] })
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { _id: chairman.slotId })[0]).toMatchObject({ booked: 0, holders: [] })
    expect(expectOk(await stack.call('legalAid', 'getBookingOptions', {}, { as: caller })).openBookings).toBe(2)
  })

  it('uses the WeChat-bound number when asked, and says so when there is none', async () => {
    const caller = await worker('bound')
    const slot = (await slotsOn(addDays(today(), 4)))[3]
    if (slot === undefined) throw new Error('no slot')
    expectError(await stack.call('legalAid', 'bookSlot', booking(slot.slotId, { phone: { kind: 'bound' } }), { as: caller, requestId: requestId('bound') }), 'LEGAL_AID.NO_BOUND_PHONE')
    await stack.db.collection('users').doc(userIdFor(caller.openid)).update({ phone: '13912345678' })
    expect(expectOk(await stack.call('legalAid', 'getBookingOptions', {}, { as: caller })).boundPhoneMasked).toBe('139****5678')
    expect((await book(caller, slot.slotId, { phone: { kind: 'bound' } })).phoneMasked).toBe('139****5678')
  })

  it('takes evidence photos only from the worker’s own upload folder', async () => {
    const caller = await worker('photos')
    const slot = (await slotsOn(addDays(today(), 5)))[3]
    if (slot === undefined) throw new Error('no slot')
    const consent = { version: CASE_DESCRIPTION_CONSENT_VERSION, granted: true }
    const someoneElses = `cloud://local.bucket/legal-evidence/${userIdFor('o-legal-books')}/2026-11/x.jpg`
    expectError(await stack.call('legalAid', 'bookSlot', booking(slot.slotId, { consent, photos: [someoneElses] }), { as: caller, requestId: requestId('photo') }), 'LEGAL_AID.PHOTO_NOT_FOUND')
    const folder = expectOk(await stack.call('users', 'getUploadFolder', { area: 'legal-evidence' }, { as: caller })).folder
    const upload = await fetch(`${stack.emulator.origin}/client/storage/upload`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', 'X-WX-OPENID': caller.openid, 'X-Cloud-Path': encodeURIComponent(`${folder}2026-11/pay-slip.jpg`) },
      body: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
    })
    const { fileID } = (await upload.json()) as { fileID: string }
    expectError(await stack.call('legalAid', 'bookSlot', booking(slot.slotId, { photos: [fileID] }), { as: caller, requestId: requestId('photo') }), 'LEGAL_AID.CONSENT_REQUIRED')
    const booked = await book(caller, slot.slotId, { consent, photos: [fileID] })
    expect(booked.photoCount).toBe(1)
  })
})

describe('following and cancelling a case', () => {
  it('lets only its worker read or cancel it', async () => {
    const day = addDays(today(), 6)
    await saveRoster([day])
    const owner = await worker('owner')
    const other = await worker('other')
    const [slot] = await slotsOn(day)
    if (slot === undefined) throw new Error('no slot')
    const booked = await book(owner, slot.slotId, { description: '合同没签', consent: { version: CASE_DESCRIPTION_CONSENT_VERSION, granted: true } })
    expectError(await stack.call('legalAid', 'getMyCase', { caseId: booked.id }, { as: other }), 'LEGAL_AID.CASE_NOT_FOUND')
    expectError(await stack.call('legalAid', 'cancelBooking', { caseId: booked.id }, { as: other, requestId: requestId('steal') }), 'LEGAL_AID.CASE_NOT_FOUND')
    expectError(await stack.call('legalAid', 'rateCase', { caseId: booked.id, score: 1 }, { as: other, requestId: requestId('steal') }), 'LEGAL_AID.CASE_NOT_FOUND')
    const othersList = expectOk(await stack.call('legalAid', 'listMyCases', {}, { as: other }))
    expect(othersList.items).toEqual([])
    // The numbers to call are on this screen too, even with nothing booked.
    expect(othersList.numbers.hotline).toBe('12351')
    expect(expectOk(await stack.call('legalAid', 'getMyCase', { caseId: booked.id }, { as: owner })).description).toBe('合同没签')
    // A lawyer who neither hosts nor follows the case cannot read it either; staff can.
    const otherLawyer = { openid: 'o-legal-other-lawyer' }
    expectOk(await stack.call('users', 'getMe', {}, { as: otherLawyer }))
    await stack.db.collection('users').doc(userIdFor(otherLawyer.openid)).update({ role: 'lawyer' })
    expectError(await stack.call('legalAid', 'getCase', { caseId: booked.id }, { as: otherLawyer }), 'LEGAL_AID.CASE_NOT_FOUND')
    expect(expectOk(await stack.call('legalAid', 'getCase', { caseId: booked.id }, { as: asStaff })).description).toBe('合同没签')
    expect(expectOk(await stack.call('legalAid', 'getCase', { caseId: booked.id }, { as: asLawyer })).description).toBe('合同没签')
    expectError(await stack.call('legalAid', 'listDay', { day, scope: 'all' }, { as: asLawyer }), 'COMMON.FORBIDDEN')
  })

  it('cancels before the cut-off and frees the place; after the cut-off it gives the numbers to call', async () => {
    const day = addDays(today(), 7)
    await saveRoster([day], 1)
    const caller = await worker('cancels')
    const [slot] = await slotsOn(day)
    if (slot === undefined) throw new Error('no slot')
    const booked = await book(caller, slot.slotId)
    expect((await slotsOn(day))[0]?.full).toBe(true)
    const cancelled = expectOk(await stack.call('legalAid', 'cancelBooking', { caseId: booked.id }, { as: caller, requestId: requestId('cancel') }))
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.timeline.map(entry => entry.label)).toEqual(['已预约', '已取消'])
    expect((await slotsOn(day))[0]).toMatchObject({ full: false, placesLeft: 1 })
    // The same person may book the same slot again.
    await book(caller, slot.slotId)

    expectOk(await stack.call('legalAid', 'saveSettings', { settings: { cancelCutoffMinutes: 120, maxOpenBookings: 2, horizonDays: 14, noShow: { limit: 3, windowDays: 90, pauseDays: 30 }, retentionYears: 3, centrePhone: '0716-8219262', centreName: '职工服务中心' } }, { as: asAdmin, requestId: requestId('settings') }))
    await seedSlot('ro-seeded-soon', new Date(Date.now() + 60 * 60_000))
    const soon = await book(caller, 'ro-seeded-soon')
    expect(soon.cancel.allowed).toBe(false)
    expect(soon.numbers).toEqual({ hotline: '12351', centrePhone: '0716-8219262', centreName: '职工服务中心' })
    const late = expectError(await stack.call('legalAid', 'cancelBooking', { caseId: soon.id }, { as: caller, requestId: requestId('late') }), 'LEGAL_AID.CUTOFF_PASSED')
    expect(late).toContain('12351')
    expect(late).toContain('0716-8219262')
  })
})

describe('closing a day', () => {
  it('cancels its bookings with a message and an apology, and keeps it closed when slots are made again', async () => {
    const day = addDays(today(), 8)
    const saved = await saveRoster([day])
    const first = await worker('closed-1')
    const second = await worker('closed-2')
    const slots = await slotsOn(day)
    const [a, b] = [slots[0], slots[1]]
    if (a === undefined || b === undefined) throw new Error('no slot')
    const caseA = await book(first, a.slotId)
    const caseB = await book(second, b.slotId)
    // A third person's booking is under way: the place claimed, the booking not yet written.
    const underWay = caseIdFor(userIdFor('o-legal-closed-3'), requestId('under-way'))
    const c = slots[2]
    if (c === undefined) throw new Error('no slot')
    await stack.db.collection(SLOTS_COLLECTION).doc(c.slotId).update({ booked: 1, holders: [underWay], claimedAt: { [underWay]: new Date() } })
    const closed = expectOk(await stack.call('legalAid', 'closeDay', { day, rosterId: saved.roster.id, reason: '律师外出办案' }, { as: asStaff, requestId: requestId('close') }))
    expect(closed).toEqual({ day, slotsClosed: 4, bookingsCancelled: 2 })
    expect(documents<ClaimDocument>(CLAIMS_COLLECTION, { _id: caseA.id })).toEqual([expect.objectContaining({ verdict: 'booked' })])
    // …and that booking can no longer be written: its claim is void.
    expect(documents<ClaimDocument>(CLAIMS_COLLECTION, { _id: underWay })).toEqual([expect.objectContaining({ slotId: c.slotId, verdict: 'void' })])

    const mine = expectOk(await stack.call('legalAid', 'getMyCase', { caseId: caseA.id }, { as: first }))
    expect(mine.status).toBe('cancelled')
    expect(mine.timeline.at(-1)).toMatchObject({ label: '已取消', by: '工作人员' })
    expect(mine.timeline.at(-1)?.note).toContain('给您添麻烦了')
    for (const [person, id] of [[first, caseA.id], [second, caseB.id]] as const) {
      const inbox = expectOk(await stack.call('notify', 'listInbox', {}, { as: person }))
      const message = inbox.items.find(item => item.title === '咨询进度通知')
      expect(message?.lines.map(line => line.value)).toEqual(expect.arrayContaining(['已取消', expect.stringContaining('律师外出办案')]))
      expect(message?.page).toContain(id)
    }
    const answer = expectOk(await stack.call('legalAid', 'listSlots', { serviceKey: 'lawyer-on-duty' }, { as: first })).days.find(entry => entry.day === day)
    expect(answer?.closedReason).toBe('律师外出办案')
    expect(answer?.slots.every(slot => slot.closedReason === '律师外出办案' && !slot.full)).toBe(true)
    expectError(await stack.call('legalAid', 'bookSlot', booking(a.slotId), { as: first, requestId: requestId('closed') }), 'LEGAL_AID.SLOT_CLOSED')
    // Both may book elsewhere at once: the closed bookings no longer count.
    expect(expectOk(await stack.call('legalAid', 'getBookingOptions', {}, { as: first })).openBookings).toBe(0)

    await saveRoster([day], 3, {}, saved.roster.id)
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { day, rosterId: saved.roster.id }).every(slot => slot.status === 'closed' && slot.booked === 0)).toBe(true)
  })

  it('refuses a day in the past', async () => {
    expectError(await stack.call('legalAid', 'closeDay', { day: addDays(today(), -1), reason: '国庆节' }, { as: asStaff, requestId: requestId('past') }), 'LEGAL_AID.DAY_IN_PAST')
  })
})

describe('the host’s day', () => {
  it('lists today’s bookings, records attendance, hands the case to a leader and closes it; the worker sees it all and rates it', async () => {
    const caller = await worker('received')
    await seedSlot('ro-seeded-today', new Date(Date.now() + 5 * 60_000))
    const booked = await book(caller, 'ro-seeded-today', { description: '工伤认定', consent: { version: CASE_DESCRIPTION_CONSENT_VERSION, granted: true }, contactName: '陈师傅', phone: { kind: 'typed', number: '13700137000' } })
    const seededDay = documents<SlotDocument>(SLOTS_COLLECTION, { _id: 'ro-seeded-today' })[0]?.day ?? today()

    const sheet = expectOk(await stack.call('legalAid', 'listDay', { day: seededDay, scope: 'mine' }, { as: asLawyer }))
    const row = sheet.slots.flatMap(slot => slot.cases).find(entry => entry.caseId === booked.id)
    expect(row).toMatchObject({ contactName: '陈师傅', phoneMasked: '137****7000', caseTypeLabel: '欠薪', statusLabel: '已预约', hasDescription: true })
    expect(JSON.stringify(sheet)).not.toContain('13700137000')
    expect(expectOk(await stack.call('legalAid', 'revealContactPhone', { caseId: booked.id }, { as: asLawyer, requestId: requestId('dial') })).phone).toBe('13700137000')

    expectError(await stack.call('legalAid', 'recordAttendance', { caseId: booked.id, attended: false }, { as: asLawyer, requestId: requestId('early') }), 'LEGAL_AID.CASE_STATE_CHANGED')
    const attended = expectOk(await stack.call('legalAid', 'recordAttendance', { caseId: booked.id, attended: true }, { as: asLawyer, requestId: requestId('attend') }))
    expect(attended.statusLabel).toBe('已接待')
    const handlers = expectOk(await stack.call('legalAid', 'listHandlers', {}, { as: asLawyer }))
    const leader = handlers.find(handler => handler.role === 'staff')
    if (leader === undefined) throw new Error('no staff to assign')
    expectError(
      await stack.call('legalAid', 'progressCase', { caseId: booked.id, step: { kind: 'assign', assigneeUserId: leader.userId, assigneeKind: 'lawyer' } }, { as: asLawyer, requestId: requestId('assign') }),
      'LEGAL_AID.INVALID_ASSIGNEE',
    )
    const assigned: StaffCase = expectOk(
      await stack.call('legalAid', 'progressCase', { caseId: booked.id, step: { kind: 'assign', assigneeUserId: leader.userId, assigneeKind: 'leader' } }, { as: asLawyer, requestId: requestId('assign') }),
    )
    expect(assigned.statusLabel).toBe('领导包案')
    expect(expectOk(await stack.call('legalAid', 'listCases', { scope: 'mine' }, { as: asStaff })).items.map(item => item.caseId)).toContain(booked.id)
    const closed = expectOk(
      await stack.call('legalAid', 'progressCase', { caseId: booked.id, step: { kind: 'close', outcome: 'settled', note: '单位同意补发工资' } }, { as: asStaff, requestId: requestId('close') }),
    )
    expect(closed.status).toBe('closed')
    expectError(await stack.call('legalAid', 'progressCase', { caseId: booked.id, step: { kind: 'mediating' } }, { as: asStaff, requestId: requestId('again') }), 'LEGAL_AID.CASE_STATE_CHANGED')

    const seen = expectOk(await stack.call('legalAid', 'getMyCase', { caseId: booked.id }, { as: caller }))
    expect(seen.timeline.map(entry => [entry.label, entry.by])).toEqual([
      ['已预约', '本人'],
      ['已接待', '律师'],
      ['领导包案', '律师'],
      ['已办结', '工作人员'],
    ])
    expect(seen.outcome).toEqual({ kind: 'settled', label: '调解解决', plain: '经过调解，您反映的问题已经解决。', note: '单位同意补发工资' })
    // The outcome is told once, in its card: the 已办结 step does not repeat it.
    expect(seen.timeline.at(-1)?.note).toBeNull()
    expect(seen.canRate).toBe(true)
    const rated = expectOk(await stack.call('legalAid', 'rateCase', { caseId: booked.id, score: 5, comment: '很耐心' }, { as: caller, requestId: requestId('rate') }))
    expect(rated.rating).toEqual({ score: 5, label: '很满意', comment: '很耐心' })
    expectError(await stack.call('legalAid', 'rateCase', { caseId: booked.id, score: 1 }, { as: caller, requestId: requestId('rate') }), 'LEGAL_AID.NOT_RATABLE')

    const statuses = expectOk(await stack.call('notify', 'listInbox', {}, { as: caller })).items.map(item => item.lines.find(line => line.label === '办理状态')?.value ?? item.title)
    expect(statuses).toEqual(['已办结', '领导包案', '已接待', '预约成功通知'])

    // Every staff read and change is in the audit log.
    const audited = documents<{ action: string; target: Record<string, unknown> }>('audit_logs', { functionName: 'legalAid' }).filter(entry => entry.target.caseId === booked.id)
    expect(new Set(audited.map(entry => entry.action))).toEqual(new Set(['revealContactPhone', 'recordAttendance', 'progressCase']))
    const reads = documents<{ action: string; target: Record<string, unknown> }>('audit_logs', { functionName: 'legalAid', action: 'listDay' })
    expect(reads.length).toBeGreaterThan(0)
  })

  it('pauses self-booking after three no-shows in 90 days, and says why', async () => {
    const caller = await worker('no-shows')
    const userId = userIdFor(caller.openid)
    const cases = casesRepository(stack.db)
    for (const n of [1, 2, 3]) {
      await seedSlot(`ro-seeded-missed-${n}`, new Date(Date.now() + n * 60_000 + 10 * 60_000))
      const booked = await book(caller, `ro-seeded-missed-${n}`, {}, requestId(`missed-${n}`))
      // The appointment has passed: move it into the past, as time would.
      const past = new Date(Date.now() - n * 24 * 60 * 60_000)
      await stack.db.collection(CASES_COLLECTION).doc(booked.id).update({ startsAt: past, endsAt: new Date(past.getTime() + 30 * 60_000) })
      expect((await cases.findById(booked.id))?.status).toBe('booked')
      expectOk(await stack.call('legalAid', 'recordAttendance', { caseId: booked.id, attended: false }, { as: asLawyer, requestId: requestId('missed') }))
    }
    const options = expectOk(await stack.call('legalAid', 'getBookingOptions', {}, { as: caller }))
    expect(options.pause?.reason).toContain('90 天内有 3 次预约没有到场')
    const slot = (await slotsOn(addDays(today(), 4)))[1]
    if (slot === undefined) throw new Error('no slot')
    expect(expectError(await stack.call('legalAid', 'bookSlot', booking(slot.slotId), { as: caller, requestId: requestId('paused') }), 'LEGAL_AID.BOOKING_PAUSED')).toContain('暂停到')
    expect(documents(CASES_COLLECTION, { userId, slotId: slot.slotId })).toEqual([])
  })
})

describe('rosters', () => {
  it('materialises a roster’s slots for the booking horizon and, on a change, leaves booked slots alone', async () => {
    const days = [addDays(today(), 9), addDays(today(), 10), addDays(today(), 30)]
    const saved = await saveRoster(days, 2)
    // The third day is past the two weeks offered.
    expect(saved.slots).toEqual({ added: 8, updated: 0, removed: 0, keptBooked: 0 })
    const caller = await worker('roster-change')
    const [slot] = await slotsOn(days[0] ?? '')
    if (slot === undefined) throw new Error('no slot')
    await book(caller, slot.slotId)
    const changed = await saveRoster([days[0] ?? ''], 4, { ranges: [{ start: '14:00', end: '15:00' }] }, saved.roster.id)
    // Day two's four slots and day one's three empty ones go; the booked one stays; two afternoon slots come.
    expect(changed.slots).toEqual({ added: 2, updated: 0, removed: 7, keptBooked: 1 })
    const left = documents<SlotDocument>(SLOTS_COLLECTION, { rosterId: saved.roster.id }).map(entry => [entry._id, entry.capacity, entry.booked])
    expect(left).toEqual([
      [slot.slotId, 2, 1],
      [slotIdFor(saved.roster.id, days[0] ?? '', 14 * 60), 4, 0],
      [slotIdFor(saved.roster.id, days[0] ?? '', 14 * 60 + 30), 4, 0],
    ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))))
    const page = expectOk(await stack.call('legalAid', 'listRosters', {}, { as: asStaff }))
    expect(page.rosters.find(roster => roster.id === saved.roster.id)).toMatchObject({ hostName: '王律师', serviceName: '律师坐班', placesPerSlot: 4 })
  })

  it('edits a roster’s places: its empty slots take the new number, a booked one is kept as it is and said so', async () => {
    const day = addDays(today(), 6)
    const saved = await saveRoster([day], 2)
    const ofRoster = (as?: TestCaller) => rosterSlotsOn(saved.roster.id, day, as)
    const first = await firstSlotOf(saved.roster.id, day)
    await book(await worker('edit-places'), first.slotId)

    const edited = await saveRoster([day], 4, {}, saved.roster.id)
    expect(edited.slots).toEqual({ added: 0, updated: 3, removed: 0, keptBooked: 1 })
    expect(edited.roster).toMatchObject({ id: saved.roster.id, placesPerSlot: 4, bookingsAhead: 1 })
    expect((await ofRoster()).map(slot => [slot.start, slot.capacity, slot.placesLeft])).toEqual([
      ['09:00', 2, 1],
      ['09:30', 4, 4],
      ['10:00', 4, 4],
      ['10:30', 4, 4],
    ])
  })

  it('retires a roster: its empty slots go, a booked one stays booked but offers no place, and it comes back when restored', async () => {
    const day = addDays(today(), 7)
    const saved = await saveRoster([day], 2)
    const ofRoster = (as?: TestCaller) => rosterSlotsOn(saved.roster.id, day, as)
    const first = await firstSlotOf(saved.roster.id, day)
    const holder = await worker('retired-roster')
    const kept = await book(holder, first.slotId)
    expect(expectOk(await stack.call('legalAid', 'listRosters', {}, { as: asStaff })).rosters.find(roster => roster.id === saved.roster.id)?.bookingsAhead).toBe(1)

    const retired = await saveRoster([day], 2, { active: false }, saved.roster.id)
    expect(retired.slots).toEqual({ added: 0, updated: 0, removed: 3, keptBooked: 1 })
    expect(retired.roster).toMatchObject({ active: false, bookingsAhead: 1 })
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { rosterId: saved.roster.id }).map(slot => [slot._id, slot.status, slot.booked])).toEqual([[first.slotId, 'withdrawn', 1]])
    // Nobody is offered a place in it any more; its booking stands, and its holder still finds it.
    expect(await ofRoster()).toEqual([])
    expect((await ofRoster(holder)).map(slot => [slot.slotId, slot.mine])).toEqual([[first.slotId, true]])
    expect(expectOk(await stack.call('legalAid', 'getMyCase', { caseId: kept.id }, { as: holder })).status).toBe('booked')
    const late = await worker('retired-late')
    expect(expectError(await stack.call('legalAid', 'bookSlot', booking(first.slotId), { as: late, requestId: requestId('retired') }), 'LEGAL_AID.SLOT_CLOSED')).toBe('这个时段不再开放预约，请选其他时段')
    // 今日接待 says so, so the host neither expects new bookings nor turns the booked person away.
    const sheet = expectOk(await stack.call('legalAid', 'listDay', { day, scope: 'all' }, { as: asStaff, requestId: requestId('retired-day') }))
    expect(sheet.slots.filter(slot => slot.slotId === first.slotId).map(slot => [slot.withdrawn, slot.booked])).toEqual([[true, 1]])
    expect(sheet.slots.filter(slot => slot.slotId !== first.slotId).every(slot => !slot.withdrawn)).toBe(true)

    const restored = await saveRoster([day], 2, { active: true }, saved.roster.id)
    expect(restored.slots).toEqual({ added: 3, updated: 1, removed: 0, keptBooked: 0 })
    expect((await ofRoster(late)).map(slot => [slot.start, slot.placesLeft])).toEqual([
      ['09:00', 1],
      ['09:30', 2],
      ['10:00', 2],
      ['10:30', 2],
    ])
  })

  it('keeps the default services when staff save the first service of a deployment that stored none yet', async () => {
    // A deployment that never stored a service runs on the defaults.
    await stack.db.collection(SERVICES_COLLECTION).where({ order: stack.db.command.gte(0) }).remove()
    const evening = { key: 'evening-consultation', name: '夜间咨询', description: '下班以后，律师按您留的电话打给您。', mode: 'phone' as const, order: 5, active: false }
    const saved = expectOk(await stack.call('legalAid', 'saveService', { service: evening }, { as: asStaff, requestId: requestId('service') }))
    const keys = ['chairman-reception', 'evening-consultation', 'lawyer-on-duty', 'phone-consultation']
    expect(saved.map(service => service.key).sort()).toEqual(keys)
    // Stored, all of them: what every function instance reads once its cached copy expires.
    expect(documents<{ _id: string; active: boolean }>(SERVICES_COLLECTION).map(service => [service._id, service.active])).toEqual(keys.map(key => [key, key !== 'evening-consultation']))
  })

  it('refuses a host who is not staff or a lawyer', async () => {
    const answer = await stack.call('legalAid', 'saveRoster', { rule: { ...rule([addDays(today(), 11)]), hostUserId: userIdFor('demo-worker') } }, { as: asStaff, requestId: requestId('host') })
    expectError(answer, 'LEGAL_AID.INVALID_HOST')
  })
})

describe('the daily upkeep', () => {
  it('makes the slots ahead, releases claims never confirmed, and anonymises cases past retention', async () => {
    const saved = await saveRoster([addDays(today(), 12)])
    await stack.db.collection(SLOTS_COLLECTION).where({ rosterId: saved.roster.id }).remove()
    await seedSlot('ro-seeded-stale', new Date(Date.now() + 3 * 24 * 60 * 60_000), 1)
    const longAgo = new Date(Date.now() - 5 * 60_000)
    await stack.db.collection(SLOTS_COLLECTION).doc('ro-seeded-stale').update({ booked: 1, holders: ['c-lost'], claimedAt: { 'c-lost': longAgo } })

    const owner = await worker('retention')
    await seedSlot('ro-seeded-retention', new Date(Date.now() + 24 * 60 * 60_000))
    const old = await book(owner, 'ro-seeded-retention')
    const fourYearsAgo = new Date(Date.now() - 4 * 366 * 24 * 60 * 60_000)
    await stack.db.collection(CASES_COLLECTION).doc(old.id).update({ status: 'closed', outcomeKind: 'advised', closedMonth: '2022-01', finishedAt: fourYearsAgo, closedAt: fourYearsAgo, description: '旧事' })

    const functions = stack.emulator.functions
    if (!functions) throw new Error('no functions host')
    const report = expectOk((await functions.fireTrigger('legalAid', 'upkeep')) as Envelope<{ slots: { added: number }; claimsReleased: number; casesAnonymised: number }>)
    expect(report.slots.added).toBeGreaterThanOrEqual(4)
    expect(documents(SLOTS_COLLECTION, { rosterId: saved.roster.id })).toHaveLength(4)
    expect(report.claimsReleased).toBe(1)
    expect(documents<SlotDocument>(SLOTS_COLLECTION, { _id: 'ro-seeded-stale' })[0]).toMatchObject({ booked: 0, holders: [] })
    expect(report.casesAnonymised).toBe(1)
    const anonymised = documents<Record<string, unknown>>(CASES_COLLECTION, { _id: old.id })[0]
    expect(anonymised).toMatchObject({ userId: null, status: 'closed', caseType: 'unpaid-wages', outcomeKind: 'advised' })
    for (const field of ['description', 'phone', 'phoneMasked', 'timeline', 'contactName']) expect(anonymised).not.toHaveProperty(field)
    expect(expectOk(await stack.call('legalAid', 'listMyCases', {}, { as: owner })).items).toEqual([])
  })

  it('cannot be called by a client', async () => {
    expectError(await stack.call('legalAid', 'upkeep', {}, { as: asAdmin }), 'COMMON.FORBIDDEN')
  })
})

describe('my data', () => {
  it('exports the worker’s cases without staff ids, and deleting my data anonymises them and frees nothing booked twice', async () => {
    const caller = await worker('my-data')
    const day = addDays(today(), 13)
    await saveRoster([day])
    const [slot] = await slotsOn(day)
    if (slot === undefined) throw new Error('no slot')
    const booked = await book(caller, slot.slotId, { description: '社保断缴', consent: { version: CASE_DESCRIPTION_CONSENT_VERSION, granted: true } })
    const exported = expectOk(await stack.call('users', 'exportMyData', {}, { as: caller }))
    const [record] = exported.records.legal_cases ?? []
    expect(record).toMatchObject({ description: '社保断缴', caseType: 'unpaid-wages', status: 'booked' })
    expect(record).not.toHaveProperty('hostUserId')
    expect(record).not.toHaveProperty('seatKey')
    expect((record?.timeline as { by: string }[])[0]?.by).toBe('本人')
    expect(exported.records.legal_bookers).toHaveLength(1)

    const report = expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: caller }))
    expect(report.removed.legal_cases).toBe(1)
    expect(report.removed.legal_bookers).toBe(1)
    const left = documents<Record<string, unknown>>(CASES_COLLECTION, { _id: booked.id })[0]
    expect(left).toMatchObject({ userId: null, caseType: 'unpaid-wages' })
    expect(left).not.toHaveProperty('description')
    expect(left).not.toHaveProperty('phone')
  })
})

describe('statistics', () => {
  it('counts cases received and resolved by month, type and outcome', async () => {
    const month = today().slice(0, 7)
    const figures = expectOk(await stack.call('legalAid', 'stats', { from: month, to: month }, { as: asStaff }))
    const row = figures.months.find(entry => entry.month === month)
    expect(row?.closed).toBeGreaterThanOrEqual(1)
    expect(row?.resolved).toBeGreaterThanOrEqual(1)
    expect(figures.byOutcome.find(entry => entry.outcome === 'settled')?.count).toBeGreaterThanOrEqual(1)
    expect(figures.byType.find(entry => entry.caseType === 'unpaid-wages')?.received).toBeGreaterThanOrEqual(1)
    expectError(await stack.call('legalAid', 'stats', { from: '2026-12', to: '2026-01' }, { as: asStaff }), 'LEGAL_AID.INVALID_RANGE')
    expectError(await stack.call('legalAid', 'stats', { from: month, to: month }, { as: asLawyer }), 'COMMON.FORBIDDEN')
  })
})

describe('messages', () => {
  it('confirms a booking by WeChat when the worker allowed it, registers the reminder for the day before, and cancels it with the booking', async () => {
    const caller = await worker('messages')
    for (const templateKey of ['legal-aid-booked', 'legal-aid-progress', 'service-reminder'] as const) {
      expectOk(await stack.call('notify', 'recordSubscribeDecision', { templateKey, decision: 'accept' }, { as: caller, requestId: requestId('allow') }))
    }
    const day = addDays(today(), 11)
    await saveRoster([day])
    const [slot] = await slotsOn(day)
    if (slot === undefined) throw new Error('no slot')
    const booked = await book(caller, slot.slotId)
    const userId = userIdFor(caller.openid)
    const queued = documents<{ templateKey: string; templateId: string | null; state: string }>('notifications', { recipientUserId: userId })
    expect(queued).toEqual([expect.objectContaining({ templateKey: 'legal-aid-booked', templateId: LOCAL_TEMPLATE_IDS['legal-aid-booked'], state: 'queued' })])
    expect(documents('notification_reminders', { recipientUserId: userId })).toEqual([expect.objectContaining({ eventDay: day, state: 'waiting', templateKey: 'service-reminder' })])
    expectOk(await stack.call('legalAid', 'cancelBooking', { caseId: booked.id }, { as: caller, requestId: requestId('cancel') }))
    expect(documents('notification_reminders', { recipientUserId: userId })).toEqual([expect.objectContaining({ state: 'cancelled' })])
    expect(documents<{ templateKey: string }>('notifications', { recipientUserId: userId }).map(entry => entry.templateKey).sort()).toEqual(['legal-aid-booked', 'legal-aid-progress'])
  })
})

describe('a day the host looks at', () => {
  it('is refused for a day not written as a date', async () => {
    const answer = await stack.callRaw('legalAid', { action: 'listDay', payload: { day: tomorrow().replace(/-/g, '/'), scope: 'mine' } }, asLawyer)
    expect(answer).toMatchObject({ ok: false, error: { code: 'COMMON.INVALID_PAYLOAD' } })
  })
})

describe('bad input', () => {
  it('answers a roster or a booking that cannot be right in plain Chinese, and changes nothing', async () => {
    const before = stack.snapshot()
    const backwards = await stack.call('legalAid', 'saveRoster', { rule: { ...rule([addDays(today(), 3)]), ranges: [{ start: '11:00', end: '09:00' }] } }, { as: asStaff, requestId: requestId('backwards') })
    expect(expectError(backwards, 'COMMON.INVALID_PAYLOAD')).toContain('结束时间应晚于开始时间')
    const badDay = await stack.call('legalAid', 'saveRoster', { rule: rule(['2026/11/04']) }, { as: asStaff, requestId: requestId('bad-day') })
    expect(expectError(badDay, 'COMMON.INVALID_PAYLOAD')).toContain('日期应写成 2026-11-04 这样')
    expect(stack.snapshot()).toBe(before)
    const caller = await worker('bad-input')
    const afterWorker = stack.snapshot()
    const badPhone = await stack.call('legalAid', 'bookSlot', booking('roNOBODY-20261104-0900', { phone: { kind: 'typed', number: '12' } }), { as: caller, requestId: requestId('bad-phone') })
    expect(expectError(badPhone, 'COMMON.INVALID_PAYLOAD')).toMatch(/[\u4e00-\u9fff]/)
    expect(badPhone.ok ? '' : badPhone.error.message).not.toContain('12')
    expect(stack.snapshot()).toBe(afterWorker)
  })
})
