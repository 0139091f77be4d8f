import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { uploadFolder } from '../../src/domain/storage/upload-folder'
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

  it('shows 我的数据 in plain Chinese with Shanghai times and the photo as a thumbnail, and copies the JSON separately', async () => {
    // The demo's 微波炉坏了 report is demo-worker's; give it a photo they uploaded.
    const userId = userIdFor('demo-worker')
    const { fileID } = await stack.app.uploadFile({ cloudPath: `${uploadFolder('station-reports', userId)}2026-11/microwave.png`, fileContent: PNG })
    const [report] = stack.emulator.database.find('station_feedback', { reporterUserId: userId, kind: 'missing-amenity' })
    await stack.app.database().collection('station_feedback').doc(String(report?._id)).update({ photo: fileID })

    const { context, page } = await stack.openApp('demo-worker', { path: 'packages/me/my-data/index' })
    await page.getByRole('button', { name: '查看我的数据' }).click()
    const shown = page.locator('.data-export__result')
    await expectVisible(shown.getByText('个人资料（1 条）'))
    await expectVisible(shown.getByText('身份'))
    await expectVisible(shown.getByText('职工', { exact: true }))
    await expectVisible(shown.getByText(/：设施缺失（热饭）$/))
    await expectVisible(shown.getByText('微波炉坏了，热不了饭'))
    const words = (await shown.innerText()).replace(/\s+/g, ' ')
    for (const leaked of ['nickname', 'worker', 'largeText', 'missing-amenity', 'hot-meal', 'reporterUserId', userId, 'cloud://', '{"']) expect(words).not.toContain(leaked)
    expect(words).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/)
    expect(words).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
    const thumbnail = shown.locator('.data-export__photo img')
    await expectVisible(thumbnail)
    await expect.poll(() => thumbnail.evaluate(image => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)

    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: '复制为文件：JSON 格式' }).click()
    await expect.poll(async () => await page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).toContain('"records"')
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { records: Record<string, Record<string, unknown>[]> }
    expect(copied.records.users?.[0]).toMatchObject({ role: 'worker' })
    expect(copied.records.station_feedback?.[0]).toMatchObject({ kind: 'missing-amenity', photo: fileID })
    await context.close()
  })
})

/** A 1×1 PNG: a real image for the thumbnail to load. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
