import { PRIVACY_POLICY_VERSION, type ConsentKind, type ConsentRecord } from '../contracts/users'

/** True when the person has agreed to the privacy policy version the app shows now. */
export function hasCurrentPrivacyConsent(consents: Readonly<Partial<Record<ConsentKind, ConsentRecord>>>): boolean {
  const record = consents['privacy-policy']
  return record !== undefined && record.granted && record.version === PRIVACY_POLICY_VERSION
}
