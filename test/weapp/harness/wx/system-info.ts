import { syncApi, type FakeContext, type WxApi } from './fake-context'

/** The phone the mini-program runs on. */
export interface DeviceSettings {
  /** WeChat's 字体大小 setting in px: 17 is standard; older people often choose the largest. */
  readonly fontSizeSetting: number
  readonly windowWidth: number
  readonly windowHeight: number
}

/** A common mid-range Android phone at WeChat's standard type size. */
export const STANDARD_DEVICE: DeviceSettings = { fontSizeSetting: 17, windowWidth: 375, windowHeight: 740 }
/** WeChat's largest 字体大小. */
export const LARGEST_FONT_SIZE_SETTING = 30

const SDK_VERSION = '3.7.12'

/** getSystemInfoSync and its successors (window, device, app base info), from the settings. */
export function createSystemInfo(context: FakeContext, device: DeviceSettings) {
  const window = () => ({
    pixelRatio: 2,
    screenWidth: device.windowWidth,
    screenHeight: device.windowHeight + 88,
    windowWidth: device.windowWidth,
    windowHeight: device.windowHeight,
    statusBarHeight: 24,
    safeArea: { left: 0, right: device.windowWidth, top: 24, bottom: device.windowHeight, width: device.windowWidth, height: device.windowHeight - 24 },
    screenTop: 0,
  })
  const deviceInfo = () => ({ brand: 'HONOR', model: 'HONOR X30', system: 'Android 12', platform: 'android', benchmarkLevel: 20, abi: 'arm64-v8a', cpuType: 'unknown', memorySize: '6144' })
  const appBase = () => ({
    SDKVersion: SDK_VERSION,
    enableDebug: false,
    host: { env: 'WeChat' },
    language: 'zh_CN',
    version: '8.0.50',
    theme: 'light',
    fontSizeSetting: device.fontSizeSetting,
    fontSizeScaleFactor: Math.round((device.fontSizeSetting / STANDARD_DEVICE.fontSizeSetting) * 100) / 100,
  })
  const apis: Record<string, WxApi> = {
    getWindowInfo: syncApi(context, 'getWindowInfo', window),
    getDeviceInfo: syncApi(context, 'getDeviceInfo', deviceInfo),
    getAppBaseInfo: syncApi(context, 'getAppBaseInfo', appBase),
    getSystemSetting: syncApi(context, 'getSystemSetting', () => ({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' })),
    getSystemInfoSync: syncApi(context, 'getSystemInfoSync', () => ({ ...window(), ...deviceInfo(), ...appBase(), locationEnabled: true, wifiEnabled: true })),
  }
  return { apis }
}
