import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

/** How much 长辈模式 enlarges all type. */
export const ELDER_MODE_SCALE = 1.25

/** WeChat's standard font size setting, in px; larger settings enlarge our type in proportion. */
const WECHAT_STANDARD_FONT_SIZE = 17
/** Beyond this the layouts stop working on a 320-wide phone. */
const MAX_SCALE = 1.75
const STORAGE_KEY = 'ui.elder-mode.v1'

/** The factor the person's WeChat font setting asks for: never below 1 (our sizes are the floor). */
export function systemTextScale(fontSizeSetting: number | undefined): number {
  if (fontSizeSetting === undefined || !Number.isFinite(fontSizeSetting) || fontSizeSetting <= 0) return 1
  return Math.min(MAX_SCALE, Math.max(1, Math.round((fontSizeSetting / WECHAT_STANDARD_FONT_SIZE) * 100) / 100))
}

/** The scale applied to every type size: the WeChat setting, times 1.25 in elder mode, capped. */
export function textScale(elderMode: boolean, systemScale: number): number {
  return Math.min(MAX_SCALE, Math.round(systemScale * (elderMode ? ELDER_MODE_SCALE : 1) * 100) / 100)
}

function readFontSizeSetting(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  try {
    // getAppBaseInfo carries fontSizeSetting in WeChat (Taro's typing omits it); older clients only have getSystemInfoSync.
    const info: object = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()
    const setting: unknown = Reflect.get(info, 'fontSizeSetting')
    return typeof setting === 'number' ? setting : undefined
  } catch {
    return undefined
  }
}

function readStoredElderMode(): boolean {
  try {
    return Taro.getStorageSync(STORAGE_KEY) === true
  } catch {
    return false
  }
}

const listeners = new Set<() => void>()
let elderMode: boolean | null = null
let systemScale: number | null = null

function currentElderMode(): boolean {
  if (elderMode === null) elderMode = readStoredElderMode()
  return elderMode
}

function currentScale(): number {
  if (systemScale === null) systemScale = systemTextScale(readFontSizeSetting())
  return textScale(currentElderMode(), systemScale)
}

function applyToDocumentRoot(on: boolean): void {
  // H5 only: a class on <body> for what is rendered outside the pages (the demo identity bar).
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    document.body.classList.toggle('elder-mode', on)
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Whether 长辈模式 is on, outside React. */
export function getElderMode(): boolean {
  return currentElderMode()
}

/** Turns 长辈模式 on or off on this phone, remembered across launches. */
export function setElderMode(on: boolean): void {
  if (on === currentElderMode()) return
  elderMode = on
  try {
    Taro.setStorageSync(STORAGE_KEY, on)
  } catch {
    // Storage full or unavailable: the setting still holds for this session.
  }
  applyToDocumentRoot(on)
  listeners.forEach(listener => listener())
}

/** Applies the remembered setting to the H5 document root once at start. */
export function initTextScale(): void {
  applyToDocumentRoot(currentElderMode())
}

/** Whether 长辈模式 is on. */
export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, currentElderMode, currentElderMode)
}

/** The current type scale, for the page root's `--font-scale`. */
export function useTextScale(): number {
  return useSyncExternalStore(subscribe, currentScale, currentScale)
}
