import type { CaseType } from '../../../domain/legal-aid/case-types'
import type { BookSlotPayload } from '../api/book-slot'

/** The maximum lengths the function accepts, so the fields stop typing there. */
export const DESCRIPTION_MAX = 1000
export const CONTACT_NAME_MAX = 20
export const EMPLOYER_MAX = 50
export const PHONE_MAX = 30
/** Evidence photos per booking, as the function accepts. */
export const EVIDENCE_PHOTOS_MAX = 3

/** A photo uploaded to the worker's own folder: its file id, and the phone's copy to show. */
export interface EvidencePhoto {
  readonly fileId: string
  readonly previewUrl: string
}

/** What the worker has filled in so far. */
export interface BookingDraft {
  readonly caseType: CaseType | null
  readonly description: string
  /** Ticked the separate consent to store the description. */
  readonly consent: boolean
  readonly contactName: string
  /** `bound`: use the number bound through WeChat; `typed`: the one in `phone`. */
  readonly phoneChoice: 'bound' | 'typed'
  readonly phone: string
  readonly employer: string
  /** Evidence (工资条, 合同, 伤处…), already uploaded to the worker's own folder. */
  readonly photos: readonly EvidencePhoto[]
}

export function emptyBookingDraft(nickname: string, hasBoundPhone: boolean): BookingDraft {
  return { caseType: null, description: '', consent: false, contactName: nickname, phoneChoice: hasBoundPhone ? 'bound' : 'typed', phone: '', employer: '', photos: [] }
}

/** Whether the separate consent is needed: anything written, and any photo, is sensitive. */
export function needsConsent(draft: BookingDraft): boolean {
  return draft.description.trim() !== '' || draft.photos.length > 0
}

/** The first thing still missing, in the words shown above the button; null when the draft can be sent. */
export function bookingProblem(draft: BookingDraft, slotChosen: boolean): string | null {
  if (!slotChosen) return '请先选一个时段'
  if (draft.caseType === null) return '请选择您要咨询的事情'
  if (draft.phoneChoice === 'typed' && draft.phone.trim() === '') return '请填写联系电话，方便接待的人找到您'
  if (needsConsent(draft) && !draft.consent) return '写了情况说明或传了照片，需要先勾选同意保存；也可以清空说明、删掉照片，见面再说'
  return null
}

/** The payload for bookSlot, or null while something is missing. */
export function bookingPayload(slotId: string | null, draft: BookingDraft, consentVersion: string): BookSlotPayload | null {
  if (slotId === null || draft.caseType === null || bookingProblem(draft, true) !== null) return null
  const description = draft.description.trim()
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim())
  return {
    slotId,
    caseType: draft.caseType,
    ...(description === '' ? {} : { description }),
    ...(needsConsent(draft) ? { consent: { version: consentVersion, granted: true } } : {}),
    ...(optional(draft.contactName) === undefined ? {} : { contactName: optional(draft.contactName) }),
    phone: draft.phoneChoice === 'bound' ? { kind: 'bound' } : { kind: 'typed', number: draft.phone.trim() },
    ...(optional(draft.employer) === undefined ? {} : { employer: optional(draft.employer) }),
    photos: draft.photos.map(photo => photo.fileId),
  }
}
