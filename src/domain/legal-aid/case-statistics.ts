import { CASE_OUTCOMES, type CaseOutcomeKind } from './case-outcomes'
import { ACTIVE_STATUSES, type CaseStatus } from './case-status'
import { CASE_TYPES, type CaseType } from './case-types'

/** What the figures need of a case (anonymised cases keep all of it). */
export interface CaseFacts {
  readonly caseType: CaseType
  readonly status: CaseStatus
  /** `YYYY-MM` of the appointment. */
  readonly month: string
  /** Whether the worker was received (attended at some point). */
  readonly received: boolean
  readonly outcome: CaseOutcomeKind | null
  /** `YYYY-MM` the case was closed in, null while open. */
  readonly closedMonth: string | null
}

export interface MonthFigures {
  readonly month: string
  readonly booked: number
  readonly received: number
  readonly noShows: number
  readonly cancelled: number
  /** 在办: received in this month and still being worked on (not yet closed). */
  readonly open: number
  /** 办结: closed in this month, whatever the outcome. */
  readonly closed: number
  /** 化解: closed in this month with an outcome that settled the matter. */
  readonly resolved: number
}

export interface TypeFigures {
  readonly caseType: CaseType
  readonly label: string
  readonly received: number
  /** Received in the range and still being worked on. */
  readonly open: number
  readonly closed: number
  readonly resolved: number
}

export interface OutcomeFigures {
  readonly outcome: CaseOutcomeKind
  readonly label: string
  readonly count: number
}

export interface CaseStatistics {
  readonly months: readonly MonthFigures[]
  readonly byType: readonly TypeFigures[]
  readonly byOutcome: readonly OutcomeFigures[]
  readonly totals: Omit<MonthFigures, 'month'>
}

const RESOLVED: ReadonlySet<string> = new Set(CASE_OUTCOMES.filter(outcome => outcome.resolved).map(outcome => outcome.key))

/** Received and not yet closed: 已接待, 调解中, 已指派. */
function stillOpen(facts: CaseFacts): boolean {
  return facts.received && facts.status !== 'booked' && ACTIVE_STATUSES.includes(facts.status)
}

function inRange(month: string | null, from: string, to: string): month is string {
  return month !== null && month >= from && month <= to
}

/** Every `YYYY-MM` from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let [year, month] = from.split('-').map(Number) as [number, number]
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    if (key > to) break
    months.push(key)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

/**
 * The reception room's figures for the months `from`..`to` (`YYYY-MM`): bookings, people received,
 * no-shows, cancellations and cases still open by appointment month; cases closed and resolved (化解) by the month they
 * were closed in; and, over the range, received/closed/resolved by case type and closings by outcome.
 */
export function caseStatistics(cases: readonly CaseFacts[], from: string, to: string): CaseStatistics {
  const months = new Map(monthsBetween(from, to).map(month => [month, { month, booked: 0, received: 0, noShows: 0, cancelled: 0, open: 0, closed: 0, resolved: 0 }]))
  const byType = new Map(CASE_TYPES.map(type => [type.key as CaseType, { caseType: type.key as CaseType, label: type.label as string, received: 0, open: 0, closed: 0, resolved: 0 }]))
  const byOutcome = new Map(CASE_OUTCOMES.map(outcome => [outcome.key as CaseOutcomeKind, { outcome: outcome.key as CaseOutcomeKind, label: outcome.label as string, count: 0 }]))
  for (const facts of cases) {
    const type = byType.get(facts.caseType) ?? byType.get('other')
    if (inRange(facts.month, from, to)) {
      const figures = months.get(facts.month)
      if (figures !== undefined) {
        figures.booked += 1
        if (facts.received) figures.received += 1
        if (facts.status === 'no-show') figures.noShows += 1
        if (facts.status === 'cancelled') figures.cancelled += 1
        if (stillOpen(facts)) figures.open += 1
      }
      if (facts.received && type !== undefined) type.received += 1
      if (stillOpen(facts) && type !== undefined) type.open += 1
    }
    if (facts.status === 'closed' && inRange(facts.closedMonth, from, to)) {
      const figures = months.get(facts.closedMonth)
      const resolved = facts.outcome !== null && RESOLVED.has(facts.outcome)
      if (figures !== undefined) {
        figures.closed += 1
        if (resolved) figures.resolved += 1
      }
      if (type !== undefined) {
        type.closed += 1
        if (resolved) type.resolved += 1
      }
      const outcome = facts.outcome === null ? undefined : byOutcome.get(facts.outcome)
      if (outcome !== undefined) outcome.count += 1
    }
  }
  const monthRows = [...months.values()]
  const sum = (key: keyof Omit<MonthFigures, 'month'>) => monthRows.reduce((total, row) => total + row[key], 0)
  return {
    months: monthRows,
    byType: [...byType.values()],
    byOutcome: [...byOutcome.values()],
    totals: { booked: sum('booked'), received: sum('received'), noShows: sum('noShows'), cancelled: sum('cancelled'), open: sum('open'), closed: sum('closed'), resolved: sum('resolved') },
  }
}
