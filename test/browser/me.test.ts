import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptPrivacyIfAsked, startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
})

afterAll(async () => {
  await stack?.stop()
})

describe('the app shell and 我的, in Chromium against the emulator', () => {
  it('asks for privacy consent on the first visit and records it', async () => {
    const { context, page } = await stack.openApp('demo-worker', { acceptPrivacy: false })
    await page.getByRole('button', { name: '同意并继续' }).waitFor()
    await acceptPrivacyIfAsked(page)
    const consentRecorded = async () => {
      const users = stack.emulator.database.find('users', { openid: 'demo-worker' })
      return users[0]?.consents
    }
    await expect.poll(consentRecorded, { timeout: 10_000 }).toMatchObject({ 'privacy-policy': { granted: true } })
    await context.close()
  })

  it('shows the four tabs with words', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    for (const tab of ['首页', '驿站', '服务', '我的']) await expectVisible(page.getByText(tab, { exact: true }).first())
    await context.close()
  })

  it('shows the signed-in person on 我的, and switching identity shows another role', async () => {
    const { context, page } = await stack.openApp('demo-staff')
    await page.getByText('我的', { exact: true }).last().click()
    await expectVisible(page.getByText('李干事').first())
    await page.getByRole('radio', { name: '管理员' }).click()
    await acceptPrivacyIfAsked(page)
    await page.getByText('我的', { exact: true }).last().click()
    await expectVisible(page.getByText('赵主任').first())
    await context.close()
  })
})
