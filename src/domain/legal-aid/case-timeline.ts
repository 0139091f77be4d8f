import { outcomeOf } from './case-outcomes'
import type { CaseStatus } from './case-status'

/**
 * The note a step of the timeline shows. A closed step used to store the outcome's label as its note,
 * which the worker then read twice (in 办理结果 and again under 已办结); the outcome belongs to its card,
 * so a closed step never repeats it, whether stored that way or not.
 */
export function timelineNote(step: { readonly status: CaseStatus; readonly note: string | null }, outcomeKind: string | null): string | null {
  if (step.note === null || step.note === '') return null
  if (step.status === 'closed' && outcomeKind !== null && step.note === outcomeOf(outcomeKind).label) return null
  return step.note
}
