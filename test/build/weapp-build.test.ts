import { describe, expect, it } from 'vitest'
import { checkWeappBuild, formatSizeTable, MAIN_PACKAGE_BUDGET, SUBPACKAGE_BUDGET } from '../../scripts/check-weapp-build'

/**
 * Runs after `taro build --type weapp` (see scripts/check-weapp-build.ts); without a build
 * every test fails and says how to make one.
 */
const report = checkWeappBuild()
const missingBuild = report.pages.length === 0 ? report.problems.join('\n') : ''

describe('weapp build output', () => {
  it('exists', () => {
    expect(missingBuild, missingBuild).toBe('')
  })

  it('has every page of app.json, main package and subpackages, as .js, .wxml and .json', () => {
    expect(report.pages, missingBuild).toEqual(expect.arrayContaining(['pages/home/index', 'pages/me/index', 'packages/me/privacy/index']))
    expect(report.missingPageFiles).toEqual([])
  })

  it('ships every tab icon as an 81×81 PNG under 40 KB', () => {
    expect(missingBuild, missingBuild).toBe('')
    expect(report.tabIconProblems).toEqual([])
  })

  it('compiles every WXML, WXS and WXSS file with WeChat\'s own compilers (wcc, wcsc)', () => {
    expect(report.pages.length, missingBuild).toBeGreaterThan(0)
    expect(report.compileProblems.map(problem => `${problem.file}: ${problem.message}`)).toEqual([])
  })

  it('keeps the main package within 500 KB and each subpackage within 1 MB', () => {
    expect(report.packages.length, missingBuild).toBeGreaterThan(0)
    console.info(`\n${formatSizeTable(report.packages)}`)
    for (const pkg of report.packages) {
      expect(pkg.bytes, `${pkg.name} package size`).toBeLessThanOrEqual(pkg.name === 'main' ? MAIN_PACKAGE_BUDGET : SUBPACKAGE_BUDGET)
    }
  })
})
