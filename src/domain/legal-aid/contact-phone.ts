import * as v from 'valibot'
import { normalizePhone } from '../stations/phone-number'

/**
 * The number the worker can be reached on, as people type it (spaces, +86, full-width digits): a
 * mainland mobile number, or a landline with its area code. Stored in one canonical form.
 */
export const contactPhoneSchema = v.pipe(
  v.string(),
  v.maxLength(30, '电话号码太长'),
  v.transform(normalizePhone),
  v.string('请填写手机号，或带区号的固定电话'),
)
