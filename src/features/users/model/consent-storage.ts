import Taro from '@tarojs/taro'

const STORAGE_KEY = 'users.privacy-consent-version'

/**
 * The policy version this phone last agreed to. Lets the app know at launch, before any call,
 * whether it may load the profile; the server's record stays the authority.
 */
export function readLocalConsentVersion(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEY)
    return typeof value === 'string' && value !== '' ? value : null
  } catch {
    return null
  }
}

/** Remembers (or with null forgets) the policy version agreed to on this phone. */
export function writeLocalConsentVersion(version: string | null): void {
  try {
    if (version === null) Taro.removeStorageSync(STORAGE_KEY)
    else Taro.setStorageSync(STORAGE_KEY, version)
  } catch {
    // Without storage the app asks again next launch, which is the safe side.
  }
}
