import type { Database } from '../../cloudfunctions/runtime/cloudbase-app'
import { shanghaiInstant } from '../../src/domain/time/shanghai-time'

/**
 * October and November 2026 written straight to each feature's collections, with the figures a person
 * counting by hand gets for November: the fixture of the monthly report's tests (functions, CLI, weapp,
 * Chromium). Only the fields the report reads are written; December 2026 and 2025 hold records that
 * must not count.
 */
export const REPORT_MONTH = '2026-11'

const at = (day: string, minute = 10 * 60) => shanghaiInstant(day, minute)

export async function seedReportMonths(db: Database): Promise<void> {
  const add = async (collection: string, documents: readonly Record<string, unknown>[]) => {
    for (const document of documents) await db.collection(collection).add(document)
  }
  await add('stations', [
    { _id: 'report-station-a', name: '沙市环卫驿站', district: '沙市区', status: 'active', createdAt: at('2026-10-15'), lastVerifiedOn: '2026-11-03' },
    // 23:30 on 30 November in Shanghai is still November there, though UTC has it at 15:30.
    { _id: 'report-station-b', name: '荆州快递驿站', district: '荆州区', status: 'active', createdAt: at('2026-11-30', 23 * 60 + 30), lastVerifiedOn: null },
    { _id: 'report-station-c', name: '去年的驿站', district: '沙市区', status: 'closed', createdAt: at('2025-12-31', 23 * 60), lastVerifiedOn: null },
    // 00:10 on 1 December in Shanghai is 30 November in UTC: December's.
    { _id: 'report-station-d', name: '十二月的驿站', district: '沙市区', status: 'active', createdAt: at('2026-12-01', 10), lastVerifiedOn: '2026-12-01' },
  ])
  await add('station_feedback', [
    { _id: 'report-feedback-1', stationId: 'report-station-a', reportedOn: '2026-10-28', state: 'resolved', history: [{ state: 'open', at: at('2026-10-28') }, { state: 'verified', at: at('2026-10-30') }, { state: 'resolved', at: at('2026-11-02') }], createdAt: at('2026-10-28'), updatedAt: at('2026-11-02') },
    { _id: 'report-feedback-2', stationId: 'report-station-a', reportedOn: '2026-11-05', state: 'open', history: [{ state: 'open', at: at('2026-11-05') }], createdAt: at('2026-11-05'), updatedAt: at('2026-11-05') },
    { _id: 'report-feedback-3', stationId: 'report-station-b', reportedOn: '2026-11-06', state: 'rejected', history: [{ state: 'open', at: at('2026-11-06') }, { state: 'rejected', at: at('2026-11-07') }], createdAt: at('2026-11-06'), updatedAt: at('2026-11-07') },
  ])
  await add('legal_cases', [
    // Received in October, settled in November.
    { _id: 'report-case-1', caseType: 'unpaid-wages', status: 'closed', month: '2026-10', received: true, outcomeKind: 'settled', closedMonth: '2026-11' },
    { _id: 'report-case-2', caseType: 'work-injury', status: 'no-show', month: '2026-11', received: false, outcomeKind: null, closedMonth: null },
    { _id: 'report-case-3', caseType: 'work-injury', status: 'attended', month: '2026-11', received: true, outcomeKind: null, closedMonth: null },
    { _id: 'report-case-4', caseType: 'labour-contract', status: 'cancelled', month: '2026-11', received: false, outcomeKind: null, closedMonth: null },
    { _id: 'report-case-5', caseType: 'dismissal', status: 'attended', month: '2026-12', received: true, outcomeKind: null, closedMonth: null },
  ])
  const masthead = { issuer: '荆州市总工会', issuedOn: '2026-10-31', issueNumber: 10 }
  const distribution = { reportTo: ['省总工会'], sendTo: ['各县市区总工会', '市总机关各部室'], copyTo: [] }
  await add('bulletins', [
    { _id: 'report-bulletin-1', kind: 'work-brief', status: 'published', header: masthead, body: { title: '十月份工作完成情况', distribution, editor: '施晓露', phone: '8219262' }, readCount: 12, publishedAt: at('2026-11-10') },
    { _id: 'report-bulletin-2', kind: 'news', status: 'published', header: { issuer: null, issuedOn: null, issueNumber: null }, body: { title: '新闻', distribution: { reportTo: [], sendTo: [], copyTo: [] }, editor: null, phone: null }, readCount: 3, publishedAt: at('2026-11-20') },
    { _id: 'report-bulletin-3', kind: 'news', status: 'draft', header: { issuer: null, issuedOn: null, issueNumber: null }, body: { title: '草稿', distribution: { reportTo: [], sendTo: [], copyTo: [] }, editor: null, phone: null }, readCount: 0, publishedAt: null },
    { _id: 'report-bulletin-4', kind: 'work-brief', status: 'published', header: { ...masthead, issuedOn: '2025-12-31', issueNumber: 12 }, body: { title: '去年', distribution, editor: '施晓露', phone: '8219262' }, readCount: 50, publishedAt: at('2025-12-31') },
  ])
  await add('notifications', [
    { _id: 'report-message-1', day: '2026-11-03', templateKey: 'service-reminder', state: 'sent', createdAt: at('2026-11-03') },
    { _id: 'report-message-2', day: '2026-11-03', templateKey: 'service-reminder', state: 'inbox-only', createdAt: at('2026-11-03') },
    { _id: 'report-message-3', day: '2026-11-04', templateKey: 'station-report-result', state: 'failed', createdAt: at('2026-11-04') },
    { _id: 'report-message-4', day: '2026-10-02', templateKey: 'service-reminder', state: 'sent', createdAt: at('2026-10-02') },
  ])
  const session = (sessionId: string, day: string) => ({ sessionId, title: '数控车床实操', startsAt: at(day, 9 * 60), endsAt: at(day, 12 * 60), venue: null })
  await add('training_courses', [
    { _id: 'report-course-1', kind: 'training', title: '“金蓝领”数控培训', status: 'published', sessions: [session('s1', '2026-11-10'), session('s2', '2026-11-17')] },
    { _id: 'report-course-2', kind: 'training', title: '电工取证培训', status: 'published', sessions: [session('s1', '2026-10-20')] },
    { _id: 'report-course-3', kind: 'competition', title: '取消了的竞赛', status: 'cancelled', sessions: [session('s1', '2026-11-25')] },
    { _id: 'report-course-4', kind: 'training', title: '十二月的培训', status: 'published', sessions: [session('s1', '2026-12-05')] },
  ])
  await add('training_enrollments', [
    // Signed up in October, came to both November sessions and completed.
    { _id: 'report-enrollment-1', courseId: 'report-course-1', state: 'enrolled', signedUpAt: at('2026-10-28'), enrolledAt: at('2026-10-28'), attendance: { s1: at('2026-11-10', 9 * 60), s2: at('2026-11-17', 9 * 60) }, completedAt: at('2026-11-17', 12 * 60) },
    { _id: 'report-enrollment-2', courseId: 'report-course-1', state: 'enrolled', signedUpAt: at('2026-11-02'), enrolledAt: at('2026-11-02'), attendance: { s1: at('2026-11-10', 9 * 60) }, completedAt: null },
    { _id: 'report-enrollment-3', courseId: 'report-course-1', state: 'waiting', signedUpAt: at('2026-11-03'), enrolledAt: null, attendance: {}, completedAt: null },
    { _id: 'report-enrollment-4', courseId: 'report-course-2', state: 'enrolled', signedUpAt: at('2026-10-01'), enrolledAt: at('2026-10-01'), attendance: { s1: at('2026-10-20', 9 * 60) }, completedAt: at('2026-10-20', 12 * 60) },
    // 23:30 on 30 November in Shanghai: November's sign-up, for December's course.
    { _id: 'report-enrollment-5', courseId: 'report-course-4', state: 'enrolled', signedUpAt: at('2026-11-30', 23 * 60 + 30), enrolledAt: at('2026-11-30', 23 * 60 + 30), attendance: {}, completedAt: null },
  ])
}

/** November's figures counted by hand from the records above. */
export const NOVEMBER_BY_HAND = {
  stations: { added: { month: 1, yearToDate: 2 }, verified: { month: 1, yearToDate: 1 }, reported: { month: 2, yearToDate: 3 }, fixed: { month: 1, yearToDate: 1 } },
  openByDistrict: [{ district: '沙市区', count: 2 }, { district: '荆州区', count: 1 }],
  legal: {
    booked: { month: 3, yearToDate: 4 },
    received: { month: 1, yearToDate: 2 },
    noShows: { month: 1, yearToDate: 1 },
    closed: { month: 1, yearToDate: 1 },
    resolved: { month: 1, yearToDate: 1 },
    noShowRate: { month: 50, yearToDate: 33 },
  },
  bulletins: { published: { month: 2, yearToDate: 2 }, reads: { month: 15, yearToDate: 15 } },
  messages: { sent: { month: 1, yearToDate: 2 }, fellBack: { month: 2, yearToDate: 2 }, queued: { month: 0, yearToDate: 0 } },
  training: {
    coursesHeld: { month: 1, yearToDate: 2 },
    signUps: { month: 3, yearToDate: 5 },
    enrolled: { month: 2, yearToDate: 4 },
    attended: { month: 2, yearToDate: 3 },
    completed: { month: 1, yearToDate: 2 },
  },
  /** The days of November with sign-ups; every other day has none. */
  signUpDays: { '2026-11-02': 1, '2026-11-03': 1, '2026-11-30': 1 },
} as const
