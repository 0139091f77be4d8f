import type { CaseFacts } from '../../../src/domain/legal-aid/case-statistics'
import type { CaseOutcomeKind } from '../../../src/domain/legal-aid/case-outcomes'
import type { CaseStatus } from '../../../src/domain/legal-aid/case-status'
import type { CaseType } from '../../../src/domain/legal-aid/case-types'
import type { Database } from '../cloudbase-app'
import { findEveryPageOfAny } from '../find-every-page'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const CASES_COLLECTION = 'legal_cases'

/** The fields of a stored case the figures read; anonymised cases keep all of them. */
interface CaseFigureFields extends StoredDocument {
  readonly caseType: CaseType
  readonly status: CaseStatus
  readonly month: string
  readonly received: boolean
  readonly outcomeKind: CaseOutcomeKind | null
  readonly closedMonth: string | null
}

/**
 * The reception room's figures read from `legal_cases`, shared by the legal-aid function's own statistics
 * and the monthly report so both count from the same facts.
 */
export function caseFiguresRepository(db: Database) {
  const cases = typedCollection<CaseFigureFields>(db, CASES_COLLECTION)
  const _ = db.command
  return {
    /** The cases whose appointment month, or closing month, falls in `from`..`to` (`YYYY-MM`), each once. */
    async factsBetween(from: string, to: string): Promise<CaseFacts[]> {
      const rows = await findEveryPageOfAny(cases, [{ month: _.and(_.gte(from), _.lte(to)) }, { closedMonth: _.and(_.gte(from), _.lte(to)) }], [
        'caseType', 'status', 'month', 'received', 'outcomeKind', 'closedMonth',
      ])
      return rows.map(row => ({ caseType: row.caseType, status: row.status, month: row.month, received: row.received, outcome: row.outcomeKind, closedMonth: row.closedMonth }))
    },
  }
}

export type CaseFiguresRepository = ReturnType<typeof caseFiguresRepository>
