import * as v from 'valibot'
import type { Bulletin } from './bulletin'
import { bulletinFieldLabel } from './bulletin-field-label'
import { bulletinSchema } from './bulletin-schema'

/** A problem with one field of an edited bulletin: `body.items.2.lead`, `header.issuedOn`, or '' for the whole. */
export interface BulletinProblem {
  readonly field: string
  readonly reason: string
}

export type BulletinCheck = { readonly ok: true; readonly bulletin: Bulletin } | { readonly ok: false; readonly problems: readonly BulletinProblem[] }

/**
 * Checks an edited bulletin with the full rules (`bulletinSchema`): the tidied bulletin to store, or every
 * problem on its field. The staff form runs it for messages beside the fields; the function runs it again
 * before storing, whatever the form did.
 */
export function checkBulletin(input: unknown): BulletinCheck {
  const result = v.safeParse(bulletinSchema, input)
  if (result.success) return { ok: true, bulletin: result.output }
  return { ok: false, problems: result.issues.map((issue) => ({ field: v.getDotPath(issue) ?? '', reason: issue.message })) }
}

/** The first few problems in one sentence, each with its field in words: 第 3 项的要点句：…；日期：… */
export function describeProblems(problems: readonly BulletinProblem[], max = 3): string {
  const shown = problems.slice(0, max).map((problem) => (problem.field === '' ? problem.reason : `${bulletinFieldLabel(problem.field)}：${problem.reason}`))
  const more = problems.length > max ? `；另有 ${problems.length - max} 处问题` : ''
  return `${shown.join('；')}${more}`
}
