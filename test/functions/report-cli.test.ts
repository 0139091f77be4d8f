import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CJK_FONT_FAMILY, cjkFontPath } from '../../scripts/cjk-font'
import { parseReportArguments } from '../../scripts/report'
import { chartPng } from '../../scripts/report/chart-png'
import type { ReportChart } from '../../src/domain/reports/report-charts'
import { REPORT_MONTH, seedReportMonths } from '../support/report-months'
import { startTestStack, type TestStack } from '../support/test-stack'

const root = resolve(__dirname, '..', '..')
let stack: TestStack

beforeAll(async () => {
  stack = await startTestStack({ demoUsers: false })
  await seedReportMonths(stack.db)
})

afterAll(async () => {
  await stack.stop()
})

/** Runs `npm run report -- …` as a person would (tsx on scripts/report.ts), against the test emulator. */
function runCli(args: readonly string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'report.ts'), ...args], {
      cwd: root,
      env: { ...process.env, TENCENTCLOUD: 'true' },
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
    child.on('error', fail)
    child.on('close', code => done({ code, out, err }))
  })
}

/** The width and height a PNG declares in its IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const view = Buffer.from(png)
  expect(view.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) }
}

const CHART: ReportChart = { key: 'cases-by-type', title: '本月来访案件类型', unit: '件', bars: [{ label: '欠薪', value: 3 }, { label: '工伤', value: 1 }], dense: false }

describe('report chart images', () => {
  it('are PNGs of the asked size, drawn with the Chinese font (without it the labels come out different)', () => {
    const withFont = chartPng(CHART, { width: 800, height: 450, fontFile: cjkFontPath(), fontFamily: CJK_FONT_FAMILY })
    const withoutFont = chartPng(CHART, { width: 800, height: 450, fontFile: null, fontFamily: CJK_FONT_FAMILY })
    expect(pngSize(withFont)).toEqual({ width: 800, height: 450 })
    expect(pngSize(withoutFont)).toEqual({ width: 800, height: 450 })
    expect(Buffer.compare(withFont, withoutFont)).not.toBe(0)
    // The glyphs add ink: the image drawn with the font holds more detail than the one with its labels left out.
    expect(withFont.length).toBeGreaterThan(withoutFont.length)
  })
})

describe('npm run report', () => {
  it('refuses wrong arguments with the usage', () => {
    expect(parseReportArguments([])).toContain('usage: npm run report -- --month 2026-11')
    expect(parseReportArguments(['--month', '2026-13'])).toContain('--month must be a month such as 2026-11')
    expect(parseReportArguments(['--month', '2026-11', '--admin-url', 'http://example.com/'])).toContain("--admin-url must be an emulator's /admin URL")
    expect(parseReportArguments(['--month', '2026-11', '--out', 'reports'])).toEqual({ month: '2026-11', outDir: 'reports' })
  })

  it('prints the draft’s items and writes the Word file laid out as GB/T 9704 prints it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'monthly-report-'))
    const result = await runCli(['--month', REPORT_MONTH, '--admin-url', stack.emulator.adminUrl, '--out', out])
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    for (const line of [
      '第 11 期',
      '荆州市总工会',
      '2026年11月30日',
      '荆州市总工会十一月份工作完成情况',
      '1、职工法律援助扎实开展。',
      '本月通过法律援助预约3人次，接待来访职工1人，办结案件1件，其中调解、解答化解1件，预约后未到场1人次，未到场率50%。',
      '截止今年11月，共接待来访职工2人，办结案件1件，化解各类来访案件1件。',
      '2、“户外职工爱心驿站”建设管理有序推进。',
      '目前全市开放驿站3家，其中沙市区2家、荆州区1家。',
      '3、职工技能培训有序开展。',
      '本月举办技能培训和技能竞赛1期，职工报名3人次，取得名额2人，参加培训2人，结业1人。',
      '4、工会资讯及时发布。',
      '5、职工服务提醒及时送达。',
      '发：各县市区总工会、市总机关各部室',
      '责任编辑：施晓露',
    ]) {
      expect(result.out.split('\n')).toContain(line)
    }
    const file = join(out, `工作简报-${REPORT_MONTH}.docx`)
    expect(result.out).toContain(`已写入 ${file}`)

    const entries = unzipSync(readFileSync(file))
    const xml = strFromU8(entries['word/document.xml'] ?? new Uint8Array())
    // A4 and the GB/T 9704 margins (twips: 37, 35, 28, 26 mm).
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    // 仿宋_GB2312 三号 for the text, 方正小标宋简体 二号 for the title, the masthead and its rule in red.
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"')
    expect(xml).toMatch(/<w:rFonts w:ascii="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>[\s\S]*?荆州市总工会十一月份工作完成情况/)
    expect(xml).toMatch(/<w:color w:val="FF0000"\/><w:sz w:val="72"\/>[\s\S]*?荆州市总工会工作简报/)
    expect(xml).toMatch(/<w:bottom w:val="single" w:color="FF0000"/)
    expect(xml).toContain('<w:sz w:val="32"/>')
    expect(xml).toContain('第11期')
    expect(xml).toContain('2026年11月30日')
    for (const text of ['1、职工法律援助扎实开展。', '2、“户外职工爱心驿站”建设管理有序推进。', '3、职工技能培训有序开展。', '4、工会资讯及时发布。', '5、职工服务提醒及时送达。', '报：省总工会', '责任编辑：施晓露　　联系电话：8219262']) {
      expect(xml).toContain(text)
    }
    // The three charts (cases by type, stations by district, sign-ups by day), as PNG images.
    const images = Object.keys(entries).filter(name => name.startsWith('word/media/'))
    expect(images).toHaveLength(3)
    for (const name of images) expect(pngSize(entries[name] ?? new Uint8Array())).toEqual({ width: 800, height: 450 })
  })
})
