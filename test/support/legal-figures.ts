import { CASES_COLLECTION } from '../../cloudfunctions/legalAid/legal-documents'

/** A month long past, so nothing other tests book falls in it. */
export const FIGURES_MONTH = '2025-03'

/**
 * Four cases of that month as the figures read them (type, status, received, outcome, month closed), written
 * straight to the database: two closed (one resolved), one still in mediation, one no-show.
 */
export const FIGURES_CASES: readonly Record<string, unknown>[] = [
  { _id: 'c-figures-settled', caseType: 'unpaid-wages', status: 'closed', month: FIGURES_MONTH, received: true, outcomeKind: 'settled', closedMonth: FIGURES_MONTH },
  { _id: 'c-figures-arbitration', caseType: 'work-injury', status: 'closed', month: FIGURES_MONTH, received: true, outcomeKind: 'arbitration', closedMonth: FIGURES_MONTH },
  { _id: 'c-figures-mediating', caseType: 'unpaid-wages', status: 'mediating', month: FIGURES_MONTH, received: true, outcomeKind: null, closedMonth: null },
  { _id: 'c-figures-no-show', caseType: 'social-insurance', status: 'no-show', month: FIGURES_MONTH, received: false, outcomeKind: null, closedMonth: null },
]

/** How the statistics page reads those cases, row by row (each row as a screen reader says it). */
export const FIGURES_ROWS = {
  month: '2025年3月：预约 4，接待 3，未到场 1，在办 1，办结 2，化解 1',
  emptyMonth: '2025年4月：预约 0，接待 0，未到场 0，在办 0，办结 0，化解 0',
  unpaidWages: '欠薪：接待 2，在办 1，办结 1，化解 1',
  settled: '调解解决：件数 1',
  noShowRate: '未到场率 25%',
} as const

/** Writes the cases, through the database the functions read. */
export async function seedFiguresCases(db: { collection(name: string): { add(document: Record<string, unknown>): Promise<unknown> } }): Promise<void> {
  for (const document of FIGURES_CASES) await db.collection(CASES_COLLECTION).add(document)
}
