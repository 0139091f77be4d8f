import { caseStatistics, type CaseFacts, type OutcomeFigures, type TypeFigures } from '../legal-aid/case-statistics'
import { DELIVERY_COLUMN, type NotificationState } from '../notifications/notification-state'
import type { DateKey } from '../time/shanghai-time'
import { daysOf, monthOfDateKey, yearStartOf, type MonthKey } from './report-month'

/** One figure for the month and for the year up to the end of that month. */
export interface Tally {
  readonly month: number
  readonly yearToDate: number
}

/** What the figures need of a station: the Shanghai days it was added and last checked on site. */
export interface StationFacts {
  readonly addedOn: DateKey
  /** Only the latest check is kept on a station, so a station checked twice counts in the month of the later check. */
  readonly lastVerifiedOn: DateKey | null
}

/** Open stations of one district (null: the register gives none). */
export interface DistrictCount {
  readonly district: string | null
  readonly count: number
}

/** What the figures need of a worker's station report: the day it was filed and the day it was settled as fixed. */
export interface StationReportFacts {
  readonly reportedOn: DateKey
  /** The Shanghai day staff marked it 已解决, null while open, or when it was not taken up. */
  readonly resolvedOn: DateKey | null
}

/** A published bulletin: the day it went online and how many people read it so far (once a person a day). */
export interface BulletinFacts {
  readonly publishedOn: DateKey
  readonly readCount: number
}

/** Messages of one day in one state (the outbox's own grouping). */
export interface MessageCount {
  readonly day: DateKey
  readonly state: NotificationState
  readonly count: number
}

/** What the figures need of a course: the Shanghai days of its sessions, and whether the union cancelled it. */
export interface CourseFacts {
  readonly sessionDays: readonly DateKey[]
  readonly cancelled: boolean
}

/** What the figures need of one person's sign-up to a course, each step by its Shanghai day. */
export interface EnrollmentFacts {
  readonly signedUpOn: DateKey
  /** The day they got a place (directly, from a quota or an offer); null if never. */
  readonly enrolledOn: DateKey | null
  /** The days they checked in to a session. */
  readonly attendedOn: readonly DateKey[]
  readonly completedOn: DateKey | null
}

/** Everything the month's report is computed from; each list may hold facts outside the year, which are ignored. */
export interface ReportFacts {
  readonly stations: readonly StationFacts[]
  readonly openStationsByDistrict: readonly DistrictCount[]
  readonly stationReports: readonly StationReportFacts[]
  readonly cases: readonly CaseFacts[]
  readonly bulletins: readonly BulletinFacts[]
  readonly messages: readonly MessageCount[]
  readonly courses: readonly CourseFacts[]
  readonly enrollments: readonly EnrollmentFacts[]
}

export interface StationFigures {
  readonly added: Tally
  readonly verified: Tally
  readonly reported: Tally
  readonly fixed: Tally
  /** Stations open today (not suspended), by district, most first; 未填区县 last. */
  readonly openByDistrict: readonly { readonly district: string; readonly count: number }[]
  readonly openTotal: number
}

export interface LegalFigures {
  readonly booked: Tally
  readonly received: Tally
  readonly noShows: Tally
  readonly closed: Tally
  /** 化解: closed with an outcome that settled the matter. */
  readonly resolved: Tally
  /** No-shows out of the appointments that came due (received or no-show), in whole percent; null when none came due. */
  readonly noShowRate: { readonly month: number | null; readonly yearToDate: number | null }
  /** The month's cases by type (received, closed, resolved). */
  readonly byType: readonly TypeFigures[]
  /** The month's closings by outcome. */
  readonly byOutcome: readonly OutcomeFigures[]
}

export interface BulletinFigures {
  readonly published: Tally
  /** Reads so far of the bulletins published in the month / in the year (a person counted once a day). */
  readonly reads: Tally
}

export interface MessageFigures {
  /** Carried to the person by WeChat. */
  readonly sent: Tally
  /** Refused by WeChat, or never meant for it (no 允许 left, switched off): in 消息 only. */
  readonly fellBack: Tally
  /** Still waiting for the dispatcher when the report was made. */
  readonly queued: Tally
}

export interface TrainingFigures {
  /** Courses and competitions (not cancelled) with a session in the month / in the year so far. */
  readonly coursesHeld: Tally
  /** Sign-ups made, whatever became of them. */
  readonly signUps: Tally
  /** People who got a place. */
  readonly enrolled: Tally
  /** People who checked in to at least one session. */
  readonly attended: Tally
  /** People who reached the course's share of sessions. */
  readonly completed: Tally
  /** Sign-ups on each day of the month, the first to the last. */
  readonly signUpsByDay: readonly { readonly day: DateKey; readonly count: number }[]
}

/** The month's work in figures: what the staff page shows, the draft bulletin says and the Word file prints. */
export interface MonthlyFigures {
  readonly month: MonthKey
  readonly stations: StationFigures
  readonly legal: LegalFigures
  readonly bulletins: BulletinFigures
  readonly messages: MessageFigures
  readonly training: TrainingFigures
}

const UNKNOWN_DISTRICT = '未填区县'

/** Counts the days that fall in the month, and those in the year up to its end. */
function tally<T>(facts: readonly T[], month: MonthKey, dayOf: (fact: T) => DateKey | null, weight: (fact: T) => number = () => 1): Tally {
  const from = yearStartOf(month)
  let inMonth = 0
  let yearToDate = 0
  for (const fact of facts) {
    const day = dayOf(fact)
    if (day === null) continue
    const factMonth = monthOfDateKey(day)
    if (factMonth < from || factMonth > month) continue
    yearToDate += weight(fact)
    if (factMonth === month) inMonth += weight(fact)
  }
  return { month: inMonth, yearToDate }
}

/** Counts the facts with any day in the month, and those with any day in the year up to its end. */
function tallyAny<T>(facts: readonly T[], month: MonthKey, daysOfFact: (fact: T) => readonly DateKey[]): Tally {
  const from = yearStartOf(month)
  let inMonth = 0
  let yearToDate = 0
  for (const fact of facts) {
    const months = daysOfFact(fact).map(monthOfDateKey)
    if (months.some(factMonth => factMonth >= from && factMonth <= month)) yearToDate += 1
    if (months.includes(month)) inMonth += 1
  }
  return { month: inMonth, yearToDate }
}

function trainingFigures(courses: readonly CourseFacts[], enrollments: readonly EnrollmentFacts[], month: MonthKey): TrainingFigures {
  const perDay = new Map(daysOf(month).map(day => [day, 0]))
  for (const enrollment of enrollments) {
    const count = perDay.get(enrollment.signedUpOn)
    if (count !== undefined) perDay.set(enrollment.signedUpOn, count + 1)
  }
  return {
    coursesHeld: tallyAny(courses.filter(course => !course.cancelled), month, course => course.sessionDays),
    signUps: tally(enrollments, month, enrollment => enrollment.signedUpOn),
    enrolled: tally(enrollments, month, enrollment => enrollment.enrolledOn),
    attended: tallyAny(enrollments, month, enrollment => enrollment.attendedOn),
    completed: tally(enrollments, month, enrollment => enrollment.completedOn),
    signUpsByDay: [...perDay.entries()].map(([day, count]) => ({ day, count })),
  }
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100)
}

function legalFigures(cases: readonly CaseFacts[], month: MonthKey): LegalFigures {
  const year = caseStatistics(cases, yearStartOf(month), month)
  const thisMonth = caseStatistics(cases, month, month)
  const row = thisMonth.totals
  const pair = (key: keyof typeof row): Tally => ({ month: row[key], yearToDate: year.totals[key] })
  return {
    booked: pair('booked'),
    received: pair('received'),
    noShows: pair('noShows'),
    closed: pair('closed'),
    resolved: pair('resolved'),
    noShowRate: {
      month: rate(row.noShows, row.noShows + row.received),
      yearToDate: rate(year.totals.noShows, year.totals.noShows + year.totals.received),
    },
    byType: thisMonth.byType,
    byOutcome: thisMonth.byOutcome,
  }
}

function openByDistrict(rows: readonly DistrictCount[]): StationFigures['openByDistrict'] {
  const merged = new Map<string, number>()
  for (const row of rows) {
    const name = row.district === null || row.district.trim() === '' ? UNKNOWN_DISTRICT : row.district
    merged.set(name, (merged.get(name) ?? 0) + row.count)
  }
  return [...merged.entries()]
    .map(([district, count]) => ({ district, count }))
    .sort((a, b) => (a.district === UNKNOWN_DISTRICT ? 1 : b.district === UNKNOWN_DISTRICT ? -1 : b.count - a.count || a.district.localeCompare(b.district, 'zh-Hans-CN')))
}

/**
 * The month's figures and the year's up to the end of the month, each defined here once: stations added
 * (by the day they were stored) and checked on site (their latest check), station reports filed and fixed
 * (by the day settled as 已解决), the reception room's figures (`caseStatistics`: bookings, people
 * received and no-shows by appointment month, closings and 化解 by the month closed), bulletins published
 * and their reads, messages by what became of them (by the day each was made), and training: courses
 * held (a session in the period), sign-ups, places given, people who came to a session, and completions.
 */
export function monthlyFigures(facts: ReportFacts, month: MonthKey): MonthlyFigures {
  const column = (name: 'sent' | 'fellBack' | 'queued') =>
    tally(facts.messages, month, row => (DELIVERY_COLUMN[row.state] === name ? row.day : null), row => row.count)
  const byDistrict = openByDistrict(facts.openStationsByDistrict)
  return {
    month,
    stations: {
      added: tally(facts.stations, month, station => station.addedOn),
      verified: tally(facts.stations, month, station => station.lastVerifiedOn),
      reported: tally(facts.stationReports, month, report => report.reportedOn),
      fixed: tally(facts.stationReports, month, report => report.resolvedOn),
      openByDistrict: byDistrict,
      openTotal: byDistrict.reduce((total, row) => total + row.count, 0),
    },
    legal: legalFigures(facts.cases, month),
    bulletins: {
      published: tally(facts.bulletins, month, bulletin => bulletin.publishedOn),
      reads: tally(facts.bulletins, month, bulletin => bulletin.publishedOn, bulletin => bulletin.readCount),
    },
    messages: { sent: column('sent'), fellBack: column('fellBack'), queued: column('queued') },
    training: trainingFigures(facts.courses, facts.enrollments, month),
  }
}
