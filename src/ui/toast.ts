import Taro from '@tarojs/taro'

/** weapp cuts a toast title with an icon at 7 Chinese characters; longer messages go without one. */
const ICON_TITLE_LIMIT = 7
const DURATION_MS = 2500

function show(message: string, icon: 'success' | 'error'): void {
  void Taro.showToast({
    title: message,
    icon: message.length <= ICON_TITLE_LIMIT ? icon : 'none',
    duration: DURATION_MS,
  })
}

/**
 * Short confirmations after an action. Long enough to read (2.5 s) and always in words; for
 * anything the person must act on use ErrorState or ConfirmDialog instead.
 */
export const toast = {
  success: (message: string): void => show(message, 'success'),
  failure: (message: string): void => show(message, 'error'),
}
