import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_MONTH, seedReportMonths } from '../support/report-months'
import type { MiniProgram } from './harness/mini-program'
import { normaliseText, textOf } from './harness/wxml-element'
import { acceptConsent, startWeappStack, type WeappStack } from './weapp-stack'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack({ demoData: ['demo users', 'bulletins'] })
  await seedReportMonths(stack.app.database())
})

afterAll(async () => {
  await stack?.stop()
})

const SHOWN_MONTH = /^\d{4}年\d{1,2}月$/

/** Steps the page's month with 上一月 / 下一月 until it shows `label`, as a person would. */
async function goToMonth(app: MiniProgram, label: string): Promise<void> {
  for (let steps = 0; steps < 24; steps += 1) {
    const shown = normaliseText(textOf(await app.waitFor(() => app.queryAllByRole('button').length > 0 && app.getAllByText(SHOWN_MONTH)[0], 'the shown month')))
    if (shown === label) return
    const [year, month] = shown.replace('月', '').split('年').map(Number) as [number, number]
    const [wantYear, wantMonth] = label.replace('月', '').split('年').map(Number) as [number, number]
    app.tap(app.getByRole('button', { name: year * 12 + month > wantYear * 12 + wantMonth ? /^上一月/ : /^下一月/ }))
  }
  throw new Error(`never reached ${label}`)
}

/** One figure row as read aloud: its label, then 本月 and 今年累计. */
function rowText(app: MiniProgram, label: string): string {
  const labelElement = app.getByText(label)
  return normaliseText(textOf(labelElement.parent ?? labelElement))
}

describe('工作统计 (staff)', () => {
  it('shows the month’s figures, the chart’s figures as a table without a canvas, and opens the drafted bulletin in the editor', async () => {
    const app = await stack.launch('demo-staff', { privacyAgreed: true, entry: 'pages/me/index' })
    await acceptConsent(app)
    app.tap(await app.findByRole('button', { name: /^工作统计/ }))
    await app.waitFor(() => app.page.route === 'packages/staff/reports/index' || undefined, 'the 工作统计 page')
    await goToMonth(app, '2026年11月')

    await app.findAllByText('本月 1人')
    expect(rowText(app, '接待来访职工')).toBe('接待来访职工本月 1人今年累计 2人')
    expect(rowText(app, '化解案件')).toBe('化解案件本月 1件今年累计 1件')
    expect(rowText(app, '未到场率')).toBe('未到场率本月 50%今年累计 33%')
    expect(rowText(app, '新建驿站')).toBe('新建驿站本月 1家今年累计 2家')
    expect(rowText(app, '只放进“消息”')).toBe('只放进“消息”本月 2条今年累计 2条')

    // The harness draws no canvas: each chart falls back to its figures, in a table.
    const casesTable = await app.findByRole('table', { name: '本月来访案件类型' })
    expect(normaliseText(textOf(casesTable))).toContain('工伤1件')
    const stationsTable = await app.findByRole('table', { name: '开放驿站按区县' })
    expect(normaliseText(textOf(stationsTable))).toBe('沙市区2家荆州区1家')
    expect(rowText(app, '参加培训')).toBe('参加培训本月 2人今年累计 3人')
    const signUps = normaliseText(textOf(await app.findByRole('table', { name: '本月每天培训报名人数' })))
    expect(signUps).toContain('2日1人3日1人4日0人')
    expect(signUps).toContain('30日1人')

    await app.findByText(/^第11期 · 荆州市总工会十一月份工作完成情况，5条$/)
    app.tap(await app.findByRole('button', { name: '生成简报草稿' }))
    await app.waitFor(() => app.page.route === 'packages/staff/bulletins-edit/index' || undefined, 'the bulletin editor')
    expect(app.page.query.id).toMatch(/\S/)
    await app.findByText('第 5 项')
    const leads = app.getAllByRole('textbox', { name: '要点句' }).map(box => String(box.attrs.value))
    expect(leads).toEqual(['职工法律援助扎实开展。', '“户外职工爱心驿站”建设管理有序推进。', '职工技能培训有序开展。', '工会资讯及时发布。', '职工服务提醒及时送达。'])
    const labels = app.getAllByRole('textbox', { name: '编号' }).map(box => String(box.attrs.value))
    expect(labels).toEqual(['1、', '2、', '3、', '4、', '5、'])
    app.close()
  })

  it('refuses a worker who opens it, in plain words', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true, entry: `packages/staff/reports/index?month=${REPORT_MONTH}` })
    await app.findByText('您没有权限做这件事')
    expect(app.queryByText('接待来访职工')).toBeNull()
    app.close()
  })
})
