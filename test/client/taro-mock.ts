import { vi } from 'vitest'

/**
 * The parts of `@tarojs/taro` the app's own code uses, as a test double (aliased in the client
 * vitest project). Storage is a real in-memory map so storage-backed modules behave for real.
 */
export const storage = new Map<string, unknown>()

export const taroMock = {
  getStorageSync: vi.fn((key: string): unknown => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: vi.fn((key: string, value: unknown): void => {
    storage.set(key, value)
  }),
  removeStorageSync: vi.fn((key: string): void => {
    storage.delete(key)
  }),
  showToast: vi.fn((_options: { title: string; icon?: string; duration?: number }) => Promise.resolve({ errMsg: 'showToast:ok' })),
  navigateTo: vi.fn((_options: { url: string }) => Promise.resolve({ errMsg: 'navigateTo:ok' })),
  switchTab: vi.fn((_options: { url: string }) => Promise.resolve({ errMsg: 'switchTab:ok' })),
  navigateBack: vi.fn((_options?: { delta?: number }) => Promise.resolve({ errMsg: 'navigateBack:ok' })),
  makePhoneCall: vi.fn((_options: { phoneNumber: string }) => Promise.resolve({ errMsg: 'makePhoneCall:ok' })),
  setClipboardData: vi.fn((_options: { data: string }) => Promise.resolve({ errMsg: 'setClipboardData:ok' })),
  getAppBaseInfo: vi.fn(() => ({ fontSizeSetting: 17 })),
  getSystemInfoSync: vi.fn(() => ({ fontSizeSetting: 17 })),
  setTabBarBadge: vi.fn((_options: { index: number; text: string }) => Promise.resolve({ errMsg: 'setTabBarBadge:ok' })),
  removeTabBarBadge: vi.fn((_options: { index: number }) => Promise.resolve({ errMsg: 'removeTabBarBadge:ok' })),
  onNeedPrivacyAuthorization: vi.fn(),
  requirePrivacyAuthorize: vi.fn(),
  cloud: {
    init: vi.fn(),
    callFunction: vi.fn(),
  },
}

export const useLaunch = vi.fn()

/** Page-show hooks: a test calls `showPage()` to run what the shown page registered, as WeChat's onShow does. */
const didShowCallbacks = new Set<() => void>()
export const useDidShow = vi.fn((callback: () => void) => {
  didShowCallbacks.add(callback)
})
export function showPage(): void {
  didShowCallbacks.forEach(callback => callback())
}

/** Clears storage and every recorded call; run before each test. */
export function resetTaroMock(): void {
  storage.clear()
  didShowCallbacks.clear()
  vi.clearAllMocks()
}

export default taroMock
