import type { Locator } from 'playwright-core'

/** Waits until a person could see the element; fails with what was looked for. */
export async function expectVisible(locator: Locator, timeout = 10_000): Promise<void> {
  try {
    await locator.waitFor({ state: 'visible', timeout })
  } catch (error) {
    throw new Error(`expected to see ${locator.toString()}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  }
}
