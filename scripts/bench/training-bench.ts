/**
 * `npm run bench -- training`: a course opens for sign-up and 5,000 workers tap 报名 at the same moment for
 * its 80 places, through the whole path a phone's request takes (client gateway → the built training
 * function → @cloudbase/node-sdk → emulator).
 *
 * Checks, and fails (exit 1) if any does not hold: every call answered (never an error of the machinery),
 * exactly 80 enrolled and the course's ledger agreeing, everyone else waiting, one enrollment per person,
 * and the waitlist's positions 1..N with no gap and no repeat in arrival order (when the function first saw
 * each request: the waitlist ticket it drew), both as the function computes them for a person and as stored after the timer's
 * renumbering. Prints the rush's wall time (goal ≤ 15 s on this machine), throughput, p50/p99 per call and
 * the CPU each sign-up cost across the bench, the emulator and the function's instances.
 */
import { Agent } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { RunningEmulator } from '../../emulator/src/emulator'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import type { CourseDetail, MyEnrollment } from '../../src/domain/contracts/training'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import type { CourseInput } from '../../src/domain/training/course-input'
import { COURSES_COLLECTION, ENROLLMENTS_COLLECTION, type CourseDocument, type EnrollmentDocument } from '../../src/domain/training/stored-documents'
import { compareArrival } from '../../src/domain/training/waitlist-order'
import { localCloudbase } from '../local-cloudbase'
import { seedDemoUsers } from '../seed/demo-users'
import { startBenchStack } from './bench-stack'
import { counts, dataOf, gatewayCall, type Answer, type Timed } from './gateway-calls'
import { formatMs as ms, percentiles } from './percentiles'
import { childProcessesCpu } from './process-cpu'

const PEOPLE = 5_000
const PLACES = 80
const GOAL_MS = 15_000
/** People whose position the function is asked for afterwards, spread over the waitlist. */
const POSITION_SAMPLE = 50
/** Timer runs allowed to renumber the stored positions after the rush. */
const UPKEEP_RUNS = 10

process.env.TENCENTCLOUD = 'true'

/**
 * Phones arrive over many connections, but one machine cannot open 5,000 sockets at one instant (the
 * listen backlog overflows and connects time out): the requests are all sent at once and queue here for
 * one of 64 kept-alive connections, as they would queue at a real gateway.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 })

function call(emulator: RunningEmulator, openid: string, action: string, payload: unknown, requestId?: string): Promise<Timed> {
  return gatewayCall(emulator.origin, 'training', openid, action, payload, requestId, agent)
}

/** CPU time (ms) used so far by this process (the bench and the emulator in it) and by its live children (the function instances the emulator forks). */
function cpuMs(): { readonly own: number; readonly functions: number } {
  const own = process.cpuUsage()
  const functions = childProcessesCpu(process.pid).reduce((sum, child) => sum + child.cpuMs, 0)
  return { own: (own.user + own.system) / 1000, functions }
}

function course(): CourseInput {
  const today = shanghaiDateKey(new Date())
  return {
    kind: 'training',
    title: '“金蓝领”数控车工技能培训班（压测）',
    organiser: '荆州职业技术学院',
    venue: '数控实训中心',
    description: '报名开放瞬间的抢报',
    audiences: ['all'],
    minAge: null,
    maxAge: null,
    onceOnly: false,
    requiresCourseId: null,
    detailFields: [],
    capacity: PLACES,
    signUpOpens: { day: addDays(today, -1), time: '09:00' },
    signUpCloses: { day: addDays(today, 10), time: '18:00' },
    cancelUntil: { day: addDays(today, 12), time: '18:00' },
    claimWindowHours: 24,
    completionShare: 0.8,
    sessions: [{ title: '开班', day: addDays(today, 14), start: '09:00', end: '11:30', venue: null }],
    quotas: [],
  }
}

async function main(): Promise<void> {
  const emulator = await startBenchStack('training-bench', ['training', 'users'])
  const failures: string[] = []
  try {
    await seedDemoUsers(localCloudbase(emulator.adminUrl).database(), new Date())
    const saved = dataOf<CourseDetail>(await call(emulator, 'demo-staff', 'saveCourse', { course: course() }, 'bench-course-0001'), 'saving the course')
    const courseId = saved.courseId
    // Warm the instances once, as a course page opened before the rush does.
    await Promise.all(Array.from({ length: 8 }, (_, index) => call(emulator, `bench-warm-${index}`, 'getCourse', { courseId })))

    const people = Array.from({ length: PEOPLE }, (_, index) => `bench-worker-${index}`)
    const details = { name: '张师傅', phone: '13800138000', audience: 'migrant' }
    const cpuBefore = cpuMs()
    const rushStarted = performance.now()
    const rush = await Promise.all(people.map((openid, index) => call(emulator, openid, 'signUp', { courseId, details }, `bench-signup-${String(index).padStart(6, '0')}`)))
    const rushMs = performance.now() - rushStarted
    const cpuAfter = cpuMs()
    const emulatorCpuPerCall = (cpuAfter.own - cpuBefore.own) / PEOPLE
    const functionCpuPerCall = (cpuAfter.functions - cpuBefore.functions) / PEOPLE

    const timing = percentiles(rush.map(timed => timed.ms))
    process.stdout.write(`\ntraining bench: ${PEOPLE.toLocaleString('en')} workers sign up for ${PLACES} places at once, gateway → function → SDK → emulator (goal: the rush in ≤ ${ms(GOAL_MS)})\n`)
    process.stdout.write(`  rush:     all answered in ${ms(rushMs)} (${rushMs <= GOAL_MS ? 'meets' : 'misses'} the goal), ${(PEOPLE / (rushMs / 1000)).toFixed(0)} sign-ups/s\n`)
    process.stdout.write(`  per call: p50 ${ms(timing.p50)}, p99 ${ms(timing.p99)}; CPU ${ms(emulatorCpuPerCall + functionCpuPerCall)} per sign-up (${ms(functionCpuPerCall)} in the function's instances, ${ms(emulatorCpuPerCall)} in the emulator and the bench's client)\n`)
    const states = rush.map(timed => (timed.answer.ok ? (timed.answer.data as MyEnrollment).state : timed.answer.error.code))
    const refused = states.filter(state => state !== 'enrolled' && state !== 'waiting')
    if (refused.length > 0) failures.push(`answers other than a place or the waitlist: ${counts(refused)}`)

    const stored = emulator.database.find(ENROLLMENTS_COLLECTION, { courseId }, { _id: 1 }) as unknown as EnrollmentDocument[]
    const enrolled = stored.filter(enrollment => enrollment.state === 'enrolled')
    const waiting = stored.filter(enrollment => enrollment.state === 'waiting')
    const ledger = emulator.database.find(COURSES_COLLECTION, { _id: courseId }, { _id: 1 })[0] as unknown as CourseDocument | undefined
    if (enrolled.length !== PLACES) failures.push(`${enrolled.length} enrolled for ${PLACES} places`)
    if (ledger?.openTaken !== PLACES || ledger.holders?.length !== PLACES) failures.push(`the course counts ${String(ledger?.openTaken)} places taken and ${String(ledger?.holders?.length)} holders`)
    if (new Set(stored.map(enrollment => enrollment.userId)).size !== stored.length) failures.push('someone holds two enrollments')
    if (stored.length !== PEOPLE || waiting.length !== PEOPLE - PLACES) failures.push(`${stored.length} enrollments, ${waiting.length} waiting`)
    if (new Set(waiting.map(enrollment => enrollment.arrival)).size !== waiting.length) failures.push('two waiting people share an arrival ticket')

    // The order the function saw them in, and the positions it answers a person with.
    const byArrival = [...waiting].sort((a, b) => compareArrival({ _id: a._id, arrival: a.arrival ?? 0 }, { _id: b._id, arrival: b.arrival ?? 0 }))
    const sample = Array.from({ length: POSITION_SAMPLE }, (_, index) => byArrival[Math.floor((index * byArrival.length) / POSITION_SAMPLE)]).filter(entry => entry !== undefined)
    const openidOf = new Map(people.map(openid => [userIdFor(openid), openid]))
    for (const entry of sample) {
      const openid = openidOf.get(entry.userId ?? '') ?? ''
      const detail = dataOf<CourseDetail>(await call(emulator, openid, 'getCourse', { courseId }), 'reading a position')
      const expected = byArrival.indexOf(entry) + 1
      if (detail.mine?.position !== expected) failures.push(`${openid} is told position ${String(detail.mine?.position)}, arrived ${expected}th of the waiting`)
    }

    // The timer renumbers the stored positions (a few seconds' worth a run): 1..N, no gap, no repeat, in arrival order.
    const storedPositions = () => new Map((emulator.database.find(ENROLLMENTS_COLLECTION, { courseId, state: 'waiting' }, { _id: 1 }) as unknown as EnrollmentDocument[]).map(enrollment => [enrollment._id, enrollment.position] as const))
    const misplaced = () => {
      const positionOf = storedPositions()
      return byArrival.filter((entry, index) => positionOf.get(entry._id) !== index + 1).length
    }
    const renumberStarted = performance.now()
    let runs = 0
    for (; runs < UPKEEP_RUNS && misplaced() > 0; runs += 1) {
      const upkeep = await emulator.functions?.invoke('training', { Type: 'Timer', TriggerName: 'upkeep', Time: new Date().toISOString(), Message: '' }, { kind: 'timer' })
      if ((upkeep?.result as Answer | undefined)?.ok !== true) failures.push(`the timer's upkeep failed: ${JSON.stringify(upkeep?.result)}`)
    }
    const wrong = misplaced()
    if (wrong > 0) failures.push(`${wrong} stored positions are not the arrival rank after ${runs} timer runs`)
    process.stdout.write(`  timer:    stored positions renumbered in ${runs} run(s), ${ms(performance.now() - renumberStarted)}\n`)

    process.stdout.write(`  answers:  ${counts(states)}\n`)
    process.stdout.write(`  stored:   ${enrolled.length} enrolled, ${waiting.length} waiting; positions checked for ${sample.length} people as answered and for all as stored\n`)
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
