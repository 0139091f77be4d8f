import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedReportMonths } from '../support/report-months'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'
import { screenOf } from './screen-of'

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack({ demoData: ['demo users', 'bulletins'] })
  await seedReportMonths(stack.app.database())
})

afterAll(async () => {
  await stack?.stop()
})

const REPORT_PAGE = '/packages/staff/reports/index'

/** Steps the month with 上一月 / 下一月 until the page shows `label`, as a person would. */
async function goToMonth(page: Page, label: string): Promise<void> {
  const screen = screenOf(page, REPORT_PAGE)
  const shown = screen.getByText(/^\d{4}年\d{1,2}月$/)
  const index = (text: string) => {
    const [year, month] = text.replace('月', '').split('年').map(Number) as [number, number]
    return year * 12 + month
  }
  for (let steps = 0; steps < 24; steps += 1) {
    await expectVisible(shown)
    const text = (await shown.textContent()) ?? ''
    if (text === label) return
    await screen.getByRole('button', { name: index(text) > index(label) ? /^上一月/ : /^下一月/ }).click()
    await expect.poll(async () => await shown.textContent()).not.toBe(text)
  }
  throw new Error(`never reached ${label}`)
}

describe('工作统计, in Chromium as staff', () => {
  it('shows the month’s figures and charts drawn on a canvas, and opens the drafted bulletin in the editor with its numbered items', async () => {
    const { context, page } = await stack.openApp('demo-staff', { path: 'pages/me/index' })
    await page.getByRole('button', { name: /^工作统计/ }).click()
    await goToMonth(page, '2026年11月')
    const screen = screenOf(page, REPORT_PAGE)

    const row = (label: string) => screen.locator('.monthly-report__row').filter({ has: page.getByText(label, { exact: true }) })
    await expect.poll(async () => (await row('接待来访职工').textContent())?.replace(/\s+/g, '')).toBe('接待来访职工本月1人今年累计2人')
    expect((await row('化解案件').textContent())?.replace(/\s+/g, '')).toBe('化解案件本月1件今年累计1件')
    expect((await row('新建驿站').textContent())?.replace(/\s+/g, '')).toBe('新建驿站本月1家今年累计2家')

    // Chromium has a canvas: F2 draws on it, and the figures are read out from its label.
    const chart = screen.getByRole('img', { name: /^本月来访案件类型：/ })
    await expectVisible(chart)
    expect(await chart.getAttribute('aria-label')).toContain('工伤1件')
    const canvas = chart.locator('canvas')
    await expect
      .poll(async () =>
        canvas.evaluate(element => {
          const drawn = element as HTMLCanvasElement
          const pixels = drawn.getContext('2d')?.getImageData(0, 0, drawn.width, drawn.height).data ?? new Uint8ClampedArray()
          // The bars are the union's red: count the pixels F2 painted in it.
          let red = 0
          for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 150 && (pixels[i + 1] ?? 0) < 90 && (pixels[i + 3] ?? 0) > 0) red += 1
          return red
        }),
      )
      .toBeGreaterThan(100)
    expect(await screen.getByRole('table').count()).toBe(0)
    await expectVisible(screen.getByRole('img', { name: '开放驿站按区县：沙市区2家，荆州区1家' }))
    expect((await row('参加培训').textContent())?.replace(/\s+/g, '')).toBe('参加培训本月2人今年累计3人')
    await expectVisible(screen.getByRole('img', { name: /^本月每天培训报名人数：1日0人，2日1人，3日1人，/ }))

    await expectVisible(screen.getByText('第11期 · 荆州市总工会十一月份工作完成情况，5条'))
    await screen.getByRole('button', { name: '生成简报草稿' }).click()
    const editor = screenOf(page, '/packages/staff/bulletins-edit/index')
    await expectVisible(editor.getByText('第 5 项'))
    const leads = editor.getByLabel('要点句').locator('input, textarea')
    await expect.poll(async () => await leads.count()).toBe(5)
    expect(await leads.evaluateAll(boxes => boxes.map(box => (box as HTMLInputElement).value))).toEqual([
      '职工法律援助扎实开展。',
      '“户外职工爱心驿站”建设管理有序推进。',
      '职工技能培训有序开展。',
      '工会资讯及时发布。',
      '职工服务提醒及时送达。',
    ])
    await context.close()
  })
})
