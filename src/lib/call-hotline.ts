import Taro from '@tarojs/taro'
import { UNION_HOTLINE } from './app-info'

/** Opens the phone's dialler with the union hotline; the person still confirms the call. */
export function callHotline(): void {
  void Taro.makePhoneCall({ phoneNumber: UNION_HOTLINE }).catch(() => undefined)
}
