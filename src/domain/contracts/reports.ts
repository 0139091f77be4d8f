import * as v from 'valibot'
import type { Bulletin } from '../bulletins/bulletin'
import type { MonthlyFigures } from '../reports/monthly-figures'
import { action, defineFunction } from './define-contract'
import { monthKey } from './payload-fields'
import { STAFF } from './roles'

/** The month's work report: its figures, and the work bulletin drafted from them for staff to finish. */
export interface MonthlyReport {
  readonly figures: MonthlyFigures
  /** The draft, not saved: staff save it as a bulletin of `kind` and edit it in the bulletin editor. */
  readonly draft: Bulletin
  readonly kind: string
  /** ISO time the figures were read; reads and queued messages keep changing after it. */
  readonly madeAt: string
}

export const reportsContract = defineFunction(
  'reports',
  {
    /** Staff: the month's and the year-to-date figures from the product's own records, and the bulletin drafted from them. */
    monthly: action<MonthlyReport>()({ payload: v.strictObject({ month: monthKey }), allow: STAFF }),
  },
  {},
)

export type ReportsContract = typeof reportsContract
