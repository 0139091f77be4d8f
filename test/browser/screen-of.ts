import type { Locator, Page } from 'playwright-core'

/**
 * One page of the app, by its route (`/packages/staff/stations-review/index`). Taro's H5 build keeps
 * earlier pages in the DOM (hidden, and still shown while the next one opens), so a check about the
 * page a person just opened must look inside that page, or an earlier page's copy of the same words
 * could answer it.
 */
export function screenOf(page: Page, route: string): Locator {
  return page.locator(`.taro_page[id^="${route}?"]`)
}
