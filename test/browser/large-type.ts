import type { BrowserContext, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { usersRepository } from '../../cloudfunctions/runtime/repositories/users-repository'
import type { BrowserStack, DemoIdentity } from './browser-stack'

/** A phone-sized screen; the narrowest phones still sold are 320 wide. */
export const PHONE = { width: 375, height: 740 }
/** 长辈模式 on this build: 18 px body type × 1.25. */
export const ELDER_BODY_PX = 22.5

interface ControlSize {
  readonly height: number
  /** The lines its words sit on: 1 when nothing wrapped. */
  readonly lines: number
}

/**
 * How tall a control is and on how many lines its words are set, read from the text's own line
 * boxes (a word broken one character per line has as many boxes as characters).
 */
export async function sizeOf(locator: Locator): Promise<ControlSize> {
  await locator.scrollIntoViewIfNeeded()
  return await locator.evaluate(element => {
    const tops: number[] = []
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if ((node.textContent ?? '').trim() === '') continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.push(rect.top)
    }
    tops.sort((a, b) => a - b)
    // Boxes on one line may sit a pixel or two apart (mixed fonts); a new line starts a line-height lower.
    let lines = 0
    let last = Number.NEGATIVE_INFINITY
    for (const top of tops) {
      if (top - last > 8) lines += 1
      if (top - last > 8) last = top
    }
    return { height: element.getBoundingClientRect().height, lines }
  })
}

export async function expectOneLineTarget(locator: Locator, what: string): Promise<void> {
  const size = await sizeOf(locator)
  expect(size.height, `${what}: height`).toBeGreaterThanOrEqual(44)
  expect(size.lines, `${what}: lines of words`).toBe(1)
}

/** Opens the app as someone whose account has 长辈模式 on (it is restored afterwards by `withLargeType`). */
export async function openInLargeType(stack: BrowserStack, identity: DemoIdentity, path?: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await stack.openApp(identity, path === undefined ? {} : { path })
  await opened.page.setViewportSize(PHONE)
  return opened
}

export async function withLargeType(stack: BrowserStack, identities: readonly DemoIdentity[], run: () => Promise<void>): Promise<void> {
  const users = usersRepository(stack.app.database())
  for (const identity of identities) await users.update(userIdFor(identity), { largeText: true })
  try {
    await run()
  } finally {
    for (const identity of identities) await users.update(userIdFor(identity), { largeText: false })
  }
}
