/**
 * `npm run bench -- legal`: the last places of the lawyer on duty, rushed. 1,000 workers tap 预约 for one
 * slot of 10 places at the same moment, through the whole path a phone's request takes (client gateway →
 * the built legalAid function → @cloudbase/node-sdk → emulator). Then every one of them retries the same
 * request, as a phone does after a lost answer.
 *
 * Checks, and fails (exit 1) if any does not hold: exactly 10 bookings, the slot's count and its holders
 * agree with the cases filed, every other person is told 已约满 (never an error of the machinery), and each
 * retry answers what its first attempt answered (the same case for the ten). Prints the race's wall time
 * and p50/p99 per call (goal: the whole race in ≤ 5 s on this machine).
 */
import { performance } from 'node:perf_hooks'
import { CASES_COLLECTION, SLOTS_COLLECTION, type SlotDocument } from '../../cloudfunctions/legalAid/legal-documents'
import type { RunningEmulator } from '../../emulator/src/emulator'
import { startBenchStack } from './bench-stack'
import type { SlotsAnswer } from '../../src/domain/contracts/legal-aid'
import type { RosterRule } from '../../src/domain/legal-aid/roster'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { localCloudbase } from '../local-cloudbase'
import { seedDemoUsers } from '../seed/demo-users'
import { counts, dataOf, gatewayCall, type Timed } from './gateway-calls'
import { formatMs as ms, percentiles } from './percentiles'

const PEOPLE = 1_000
const PLACES = 10
/** Opening the app once (a profile), a few at a time as people really arrive. */
const ARRIVAL_BATCH = 50
const GOAL_MS = 5_000

process.env.TENCENTCLOUD = 'true'

function call(emulator: RunningEmulator, fn: string, openid: string, action: string, payload: unknown, requestId?: string): Promise<Timed> {
  return gatewayCall(emulator.origin, fn, openid, action, payload, requestId)
}

function codeOf(timed: Timed): string {
  return timed.answer.ok ? 'booked' : timed.answer.error.code
}

function caseIdOf(timed: Timed): string | null {
  return timed.answer.ok ? (timed.answer.data as { id: string }).id : null
}

async function main(): Promise<void> {
  const emulator = await startBenchStack('legal-bench', ['legalAid', 'users'])
  const failures: string[] = []
  try {
    await seedDemoUsers(localCloudbase(emulator.adminUrl).database(), new Date())
    const day = addDays(shanghaiDateKey(new Date()), 3)
    const rule: RosterRule = {
      serviceKey: 'lawyer-on-duty',
      days: { kind: 'dates', dates: [day] },
      ranges: [{ start: '09:00', end: '09:30' }],
      slotMinutes: 30,
      placesPerSlot: PLACES,
      room: '职工服务中心一楼接待室',
      hostUserId: userIdFor('demo-lawyer'),
      validFrom: null,
      validUntil: null,
      active: true,
    }
    dataOf(await call(emulator, 'legalAid', 'demo-staff', 'saveRoster', { rule }, 'bench-roster-0001'), 'saving the roster')
    const slots = dataOf<SlotsAnswer>(await call(emulator, 'legalAid', 'demo-worker', 'listSlots', { serviceKey: 'lawyer-on-duty' }), 'listing slots')
    const slot = slots.days.find(entry => entry.day === day)?.slots[0]
    if (slot === undefined) throw new Error(`the roster made no slot on ${day}`)

    const people = Array.from({ length: PEOPLE }, (_, index) => `bench-worker-${index}`)
    for (let start = 0; start < people.length; start += ARRIVAL_BATCH) {
      await Promise.all(people.slice(start, start + ARRIVAL_BATCH).map(async openid => dataOf(await call(emulator, 'users', openid, 'getMe', {}), 'opening the app')))
    }
    process.stdout.write(`${PEOPLE.toLocaleString('en')} workers opened the app; one slot on ${day} 09:00 with ${PLACES} places\n`)

    const booking = { slotId: slot.slotId, caseType: 'unpaid-wages', phone: { kind: 'typed', number: '138 0013 8000' }, photos: [] }
    const requestIdOf = (index: number) => `bench-book-${String(index).padStart(6, '0')}`
    const raceStarted = performance.now()
    const race = await Promise.all(people.map((openid, index) => call(emulator, 'legalAid', openid, 'bookSlot', booking, requestIdOf(index))))
    const raceMs = performance.now() - raceStarted
    const retriesStarted = performance.now()
    const retries = await Promise.all(people.map((openid, index) => call(emulator, 'legalAid', openid, 'bookSlot', booking, requestIdOf(index))))
    const retriesMs = performance.now() - retriesStarted

    const booked = race.filter(timed => timed.answer.ok)
    const stored = emulator.database.find(SLOTS_COLLECTION, { _id: slot.slotId }, { _id: 1 })[0] as SlotDocument | undefined
    const cases = emulator.database.find(CASES_COLLECTION, { slotId: slot.slotId }, { _id: 1 }) as { _id: string }[]
    if (booked.length !== PLACES) failures.push(`${booked.length} bookings for ${PLACES} places`)
    if (stored?.booked !== PLACES) failures.push(`the slot counts ${String(stored?.booked)} bookings`)
    if (cases.length !== PLACES) failures.push(`${cases.length} cases filed for the slot`)
    const caseIds = new Set(booked.map(caseIdOf))
    if (cases.some(filed => !caseIds.has(filed._id))) failures.push('a filed case was never answered to anyone')
    const refusals = race.filter(timed => !timed.answer.ok).map(codeOf)
    if (refusals.some(code => code !== 'LEGAL_AID.SLOT_FULL')) failures.push(`refusals other than 已约满: ${counts(refusals.filter(code => code !== 'LEGAL_AID.SLOT_FULL'))}`)
    const changedOnRetry = retries.filter((timed, index) => {
      const first = race[index]
      return first === undefined || codeOf(timed) !== codeOf(first) || caseIdOf(timed) !== caseIdOf(first)
    })
    if (changedOnRetry.length > 0) failures.push(`${changedOnRetry.length} retries answered differently from their first attempt (${counts(changedOnRetry.map(codeOf))})`)

    const timing = percentiles(race.map(timed => timed.ms))
    const retryTiming = percentiles(retries.map(timed => timed.ms))
    process.stdout.write(`\nlegal bench: ${PEOPLE.toLocaleString('en')} workers book ${PLACES} places at once, gateway → function → SDK → emulator (goal: the race in ≤ ${ms(GOAL_MS)})\n`)
    process.stdout.write(`  race:    ${counts(race.map(codeOf))}; all answered in ${ms(raceMs)} (${raceMs <= GOAL_MS ? 'meets' : 'misses'} the goal); per call p50 ${ms(timing.p50)}, p99 ${ms(timing.p99)}\n`)
    process.stdout.write(`  retries: ${counts(retries.map(codeOf))}; all answered in ${ms(retriesMs)}; per call p50 ${ms(retryTiming.p50)}, p99 ${ms(retryTiming.p99)}\n`)
    process.stdout.write(`  stored:  slot booked ${String(stored?.booked)}, ${cases.length} cases\n`)
  } finally {
    await emulator.stop()
  }
  if (failures.length > 0) {
    for (const failure of failures) process.stderr.write(`FAILED: ${failure}\n`)
    process.exit(1)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
