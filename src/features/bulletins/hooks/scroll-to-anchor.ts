import Taro from '@tarojs/taro'

/** weapp: scrolls the page so the element with this id is at the top (the table of contents' jump). */
export function scrollToAnchor(anchor: string): void {
  void Taro.pageScrollTo({ selector: `#${anchor}`, duration: 300 }).catch(() => undefined)
}
