import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
})

afterAll(async () => {
  await stack?.stop()
})

describe('用户与角色 and 工作台, in Chromium against the emulator', () => {
  it('never shows 工作台 to a worker', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    await page.getByText('我的', { exact: true }).last().click()
    await expectVisible(page.getByText('张师傅').first())
    await expectVisible(page.getByRole('heading', { name: '设置' }))
    expect(await page.getByRole('heading', { name: '工作台' }).count()).toBe(0)
    await context.close()
  })

  it('lets an admin find 张师傅 from 我的 → 工作台 and make them 工会工作人员', async () => {
    const { context, page } = await stack.openApp('demo-admin')
    await page.getByText('我的', { exact: true }).last().click()
    await expectVisible(page.getByRole('heading', { name: '工作台' }))
    await page.getByRole('button', { name: /^用户与角色/ }).click()

    await expectVisible(page.getByRole('heading', { name: '用户与角色' }))
    await page.getByRole('searchbox', { name: '昵称、手机尾号或用户编号' }).fill('张师傅')
    await page.getByRole('button', { name: '搜索' }).click()
    await expectVisible(page.getByText('昵称里有“张师傅”，共 1 人'))

    // The button in 张师傅's row. (Taro's H5 build renames every JSX `ariaLabel` attribute to
    // `aria-label`, so Button's own spoken label 修改张师傅的角色 reaches weapp only.)
    const row = page.getByRole('group', { name: '张师傅' })
    await row.getByRole('button', { name: '修改张师傅的角色' }).click()
    const picker = page.getByRole('dialog', { name: '修改“张师傅”的角色' })
    await picker.getByRole('radio', { name: /^工会工作人员/ }).click()
    await picker.getByRole('button', { name: '下一步' }).click()
    const confirmation = page.getByRole('dialog', { name: '把“张师傅”改为工会工作人员？' })
    await expectVisible(confirmation.getByText(/将从“职工”改为“工会工作人员”/))
    await confirmation.getByRole('button', { name: '确认修改' }).click()

    await confirmation.waitFor({ state: 'hidden' })
    await expectVisible(row.getByText('工会工作人员'))
    const worker = stack.emulator.database.find('users', { openid: 'demo-worker' })[0]
    expect(worker?.role).toBe('staff')
    const audit = stack.emulator.database.find('audit_logs', { functionName: 'users', action: 'setRole' })
    expect(audit).toHaveLength(1)
    expect(audit[0]?.target).toMatchObject({ from: 'worker', to: 'staff' })
    await context.close()
  })

  it('shows 张师傅 their new role and the 工作台 section on 我的', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    await page.getByText('我的', { exact: true }).last().click()
    await expectVisible(page.getByText('张师傅').first())
    await expectVisible(page.getByText('工会工作人员', { exact: true }).first())
    await expectVisible(page.getByRole('heading', { name: '工作台' }))
    // 用户与角色 is for admins only; staff are told their tools will appear here.
    expect(await page.getByRole('button', { name: /^用户与角色/ }).count()).toBe(0)
    await context.close()
  })
})
