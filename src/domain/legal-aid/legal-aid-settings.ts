import * as v from 'valibot'
import { nonEmptyText } from '../contracts/payload-fields'
import { DEFAULT_NO_SHOW_POLICY, type NoShowPolicy } from './no-show-pause'

/** The rules of the reception room that staff may change without a release. */
export interface LegalAidSettings {
  /** A booking can be cancelled in the app until this long before it starts. */
  readonly cancelCutoffMinutes: number
  /** How many bookings still ahead one person may hold. */
  readonly maxOpenBookings: number
  /** How many days ahead slots are offered (today included). */
  readonly horizonDays: number
  readonly noShow: NoShowPolicy
  /** Closed cases lose everything that names the worker after this many years; the counts stay. */
  readonly retentionYears: number
  /** The service centre's own number, shown beside 12351; null until staff enter it. */
  readonly centrePhone: string | null
  readonly centreName: string
}

export const DEFAULT_LEGAL_AID_SETTINGS: LegalAidSettings = {
  cancelCutoffMinutes: 120,
  maxOpenBookings: 2,
  horizonDays: 14,
  noShow: DEFAULT_NO_SHOW_POLICY,
  retentionYears: 3,
  centrePhone: null,
  centreName: '职工服务中心',
}

const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))

/** A landline with its area code or a mobile number, as people write them (`0716-8219262`). */
export const centrePhoneSchema = v.pipe(v.string(), v.regex(/^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '电话号码格式不对，例如 0716-8219262'))

/** Settings as staff save them. */
export const legalAidSettingsSchema = v.strictObject({
  cancelCutoffMinutes: whole(0, 7 * 24 * 60),
  maxOpenBookings: whole(1, 5),
  horizonDays: whole(1, 60),
  noShow: v.strictObject({ limit: whole(1, 10), windowDays: whole(7, 365), pauseDays: whole(1, 180) }),
  retentionYears: whole(1, 30),
  centrePhone: v.nullable(centrePhoneSchema),
  centreName: nonEmptyText(30),
})
