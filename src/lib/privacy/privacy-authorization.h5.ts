/** H5 has no WeChat privacy authorisation: the browser's own permission prompts apply. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-authorization-agree'

export function installPrivacyAuthorization(): void {}

export function agreePrivacyAuthorization(): void {}

export function declinePrivacyAuthorization(): void {}

export function usePrivacyAuthorizationPending(): boolean {
  return false
}

export function ensurePrivacyAuthorized(): Promise<boolean> {
  return Promise.resolve(true)
}
