import * as v from 'valibot'
import { nonEmptyText, text } from '../contracts/payload-fields'

/**
 * How a service meets the worker: in the reception room, or by phone (the lawyer rings the contact
 * number at the booked time).
 */
export const SERVICE_MODES = ['in-person', 'phone'] as const
export type ServiceMode = (typeof SERVICE_MODES)[number]

/** One service of the reception room (律师坐班, 主席接待日, 电话咨询): data staff keep, not code. */
export interface LegalService {
  /** Stable key stored on rosters, slots and cases. */
  readonly key: string
  readonly name: string
  /** One or two sentences for the worker choosing a service. */
  readonly description: string
  readonly mode: ServiceMode
  /** Position in the list, smallest first. */
  readonly order: number
  /** Inactive services are kept for their history but not offered. */
  readonly active: boolean
}

export const serviceKeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(32), v.regex(/^[a-z0-9-]+$/, '服务编号只能用小写字母、数字和-'))

/** A service as staff save it. */
export const legalServiceSchema = v.strictObject({
  key: serviceKeySchema,
  name: nonEmptyText(20),
  description: text(120, { multiline: true }),
  mode: v.picklist(SERVICE_MODES),
  order: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
  active: v.boolean(),
})

/**
 * The reception room's services as the service centre ran them (工作简报 2017 第10期, item 3):
 * the chairman's reception day and the lawyer on duty, and the phone consultation many workers prefer.
 * Used while the database holds none.
 */
export const DEFAULT_LEGAL_SERVICES: readonly LegalService[] = [
  {
    key: 'lawyer-on-duty',
    name: '律师坐班',
    description: '工会请的律师在职工服务中心值班，当面帮您分析问题、出主意，需要时帮您写材料。',
    mode: 'in-person',
    order: 0,
    active: true,
  },
  {
    key: 'chairman-reception',
    name: '主席接待日',
    description: '工会主席、副主席亲自接待，听您反映问题，能协调的当场协调，复杂的安排领导包案跟进。',
    mode: 'in-person',
    order: 1,
    active: true,
  },
  {
    key: 'phone-consultation',
    name: '电话咨询',
    description: '不方便来的，约好时间，律师按您留的电话打给您。',
    mode: 'phone',
    order: 2,
    active: true,
  },
]

/** Services to offer, in order. */
export function offeredServices(services: readonly LegalService[]): LegalService[] {
  return services.filter(service => service.active).sort((a, b) => a.order - b.order || a.key.localeCompare(b.key))
}
