/**
 * The month's work report, drafted from the product's own records.
 *
 *   npm run report -- --month 2026-11 [--admin-url http://127.0.0.1:10086/admin] [--out DIR]
 *
 * It reads the month's and the year-to-date figures through the reports function's own service (the same
 * rules as the staff page 工作统计), prints the work bulletin drafted from them (第N期, issuer and date,
 * title, the numbered items with their figures, 报/发, editor and phone), and writes it as a Word file laid
 * out as GB/T 9704 prints it, with the charts (cases by type, open stations by district, training sign-ups by day) as images, to
 * `--out` (default the current folder). Nothing is saved in the database: staff make the draft a bulletin
 * from 工作统计, or paste the printed text into the bulletin editor.
 *
 * Where it reads: `--admin-url` (an emulator's /admin URL), else CloudBase itself when CLOUDBASE_ENV_ID,
 * TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are set, else the local stack of `npm start`.
 * Exit status: 0 written, 1 failed (nothing to read from, no Chinese font, the folder not writable), 2 wrong arguments.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { renderBulletinText } from '../src/domain/bulletins/render-bulletin-text'
import type { MonthlyReport } from '../src/domain/contracts/reports'
import { reportCharts, type ReportChart } from '../src/domain/reports/report-charts'
import { isMonthKey } from '../src/domain/reports/report-month'
import { bulletinFiguresRepository } from '../cloudfunctions/reports/bulletin-figures-repository'
import { monthlyReportService } from '../cloudfunctions/reports/monthly-report-service'
import { stationFiguresRepository } from '../cloudfunctions/reports/station-figures-repository'
import { trainingFiguresRepository } from '../cloudfunctions/reports/training-figures-repository'
import type { Database } from '../cloudfunctions/runtime/cloudbase-app'
import { caseFiguresRepository } from '../cloudfunctions/runtime/repositories/case-figures-repository'
import { notificationsRepository } from '../cloudfunctions/runtime/repositories/notifications-repository'
import { CJK_FONT_FAMILY, cjkFontPath } from './cjk-font'
import { ADMIN_URL_PATTERN, importTargetDatabase } from './import-target'
import { bulletinDocx, type BulletinFigureImage } from './report/bulletin-docx'
import { chartPng } from './report/chart-png'

const USAGE = 'usage: npm run report -- --month 2026-11 [--admin-url http://127.0.0.1:10086/admin] [--out DIR]'

export interface ReportArguments {
  readonly month: string
  readonly outDir: string
  readonly adminUrl?: string
}

export interface ReportOutput {
  out(line: string): void
  err(line: string): void
}

export function parseReportArguments(argv: readonly string[]): ReportArguments | string {
  let month: string | undefined
  let outDir = '.'
  let adminUrl: string | undefined
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i]
    if (argument === '--month') month = argv[++i]
    else if (argument === '--out') outDir = argv[++i] ?? ''
    else if (argument === '--admin-url') adminUrl = argv[++i]
    else return `unknown argument ${argument ?? ''}\n${USAGE}`
  }
  if (month === undefined) return USAGE
  if (!isMonthKey(month)) return `--month must be a month such as 2026-11\n${USAGE}`
  if (outDir === '') return `--out needs a folder\n${USAGE}`
  if (adminUrl !== undefined && !ADMIN_URL_PATTERN.test(adminUrl)) return `--admin-url must be an emulator's /admin URL\n${USAGE}`
  return { month, outDir, ...(adminUrl === undefined ? {} : { adminUrl }) }
}

/** Chart images are drawn at this size (pixels) and printed 150 mm wide. */
const CHART_SIZE = { width: 800, height: 450 } as const

/** The item each chart is printed under: cases under legal aid, stations under stations, sign-ups under training. */
const CHART_ITEM: Readonly<Record<ReportChart['key'], number>> = { 'cases-by-type': 1, 'stations-by-district': 2, 'sign-ups-by-day': 3 }

/** The month's report read from `db`: the same service the reports function runs. */
export async function readMonthlyReport(db: Database, month: string): Promise<MonthlyReport> {
  const service = monthlyReportService({
    stations: stationFiguresRepository(db),
    cases: caseFiguresRepository(db),
    bulletins: bulletinFiguresRepository(db),
    notifications: notificationsRepository(db),
    training: trainingFiguresRepository(db),
    now: () => new Date(),
  })
  return await service.monthly(month)
}

/** Reads the month, prints the draft, writes the Word file; resolves the exit status. */
export async function runReport(args: ReportArguments, output: ReportOutput): Promise<number> {
  const fontFile = cjkFontPath()
  if (!existsSync(fontFile)) {
    output.err(`没有中文字体 ${fontFile}，图表里的中文会画不出来。请先安装：apt-get install -y fonts-wqy-microhei（或设置 CJK_FONT_PATH）。`)
    return 1
  }
  const report = await readMonthlyReport(importTargetDatabase(args.adminUrl), args.month)
  for (const line of renderBulletinText(report.draft.header, report.draft.body).trimEnd().split('\n')) output.out(line)
  const figures: BulletinFigureImage[] = reportCharts(report.figures)
    .filter(chart => chart.bars.some(bar => bar.value > 0))
    .map(chart => ({
      afterItem: CHART_ITEM[chart.key],
      png: chartPng(chart, { ...CHART_SIZE, fontFile, fontFamily: CJK_FONT_FAMILY }),
      ...CHART_SIZE,
      title: chart.title,
    }))
  const folder = resolve(args.outDir)
  mkdirSync(folder, { recursive: true })
  const file = join(folder, `工作简报-${args.month}.docx`)
  writeFileSync(file, await bulletinDocx(report.draft, figures))
  output.out('')
  output.out(`已写入 ${file}`)
  return 0
}

if (require.main === module) {
  const args = parseReportArguments(process.argv.slice(2))
  if (typeof args === 'string') {
    console.error(args)
    process.exit(2)
  }
  runReport(args, { out: line => console.log(line), err: line => console.error(line) }).then(
    code => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
