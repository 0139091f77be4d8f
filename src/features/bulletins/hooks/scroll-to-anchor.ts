import Taro from '@tarojs/taro'

/**
 * weapp: scrolls the page so the element with this id is at the top (the table of contents' jump), or
 * `clearance` px below it, where something stays on top of the page (the reader aloud's bar).
 */
export function scrollToAnchor(anchor: string, clearance = 0): void {
  const options = clearance > 0 ? { selector: `#${anchor}`, offsetTop: -clearance, duration: 300 } : { selector: `#${anchor}`, duration: 300 }
  void Taro.pageScrollTo(options).catch(() => undefined)
}
