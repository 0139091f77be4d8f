/**
 * Checks a weapp build before anyone uploads it: every page of app.json (main package and
 * subpackages) was emitted, the tab icons are there, each package stays inside its budget, and
 * WeChat's own compilers (wcc, wcsc) accept every WXML, WXS and WXSS file.
 *
 *   TARO_APP_CLOUD_ENV=local NODE_ENV=production npx taro build --type weapp
 *   npx tsx scripts/check-weapp-build.ts [dist/weapp]
 *
 * Prints a size table and exits 1 when something is wrong. test/build/weapp-build.test.ts runs
 * the same checks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { checkWeappCompiles, type CompileProblem } from './wechat-compilers'

export const DEFAULT_OUTPUT_DIR = resolve(import.meta.dirname, '..', 'dist', 'weapp')
/** The team's budgets (WeChat's own hard limit is 2 MB per package). */
export const MAIN_PACKAGE_BUDGET = 500 * 1024
export const SUBPACKAGE_BUDGET = 1024 * 1024
/** WeChat's limit for one tab-bar icon. */
export const TAB_ICON_LIMIT = 40 * 1024
const TAB_ICON_SIZE = 81
/** DevTools project files are not part of any uploaded package. */
const NOT_IN_PACKAGE = new Set(['project.config.json', 'project.private.config.json'])
const PAGE_FILES = ['.js', '.wxml', '.json'] as const

export interface PackageSize {
  /** `main`, or the subpackage root. */
  readonly name: string
  readonly bytes: number
  readonly budget: number
}

export interface WeappBuildReport {
  readonly outputDir: string
  /** Pages as app.json lists them, subpackage pages with their root. */
  readonly pages: readonly string[]
  readonly missingPageFiles: readonly string[]
  readonly tabIconProblems: readonly string[]
  readonly packages: readonly PackageSize[]
  /** Files WeChat's compilers refuse, with the compiler's message (file and position). */
  readonly compileProblems: readonly CompileProblem[]
  /** Everything wrong, in words; empty when the build is good. */
  readonly problems: readonly string[]
}

interface AppJson {
  readonly pages: readonly string[]
  readonly subPackages: ReadonlyArray<{ readonly root: string; readonly pages: readonly string[] }>
  readonly tabIcons: readonly string[]
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

function readAppJson(outputDir: string): AppJson {
  const raw: unknown = JSON.parse(readFileSync(join(outputDir, 'app.json'), 'utf8'))
  if (typeof raw !== 'object' || raw === null) throw new Error('app.json is not an object')
  const subPackagesRaw: unknown = Reflect.get(raw, 'subPackages') ?? Reflect.get(raw, 'subpackages')
  const subPackages = (Array.isArray(subPackagesRaw) ? subPackagesRaw : []).flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return []
    const root = Reflect.get(entry, 'root')
    return typeof root === 'string' ? [{ root: root.replace(/\/+$/, ''), pages: stringArray(Reflect.get(entry, 'pages')) }] : []
  })
  const tabBar: unknown = Reflect.get(raw, 'tabBar')
  const list: unknown = typeof tabBar === 'object' && tabBar !== null ? Reflect.get(tabBar, 'list') : []
  const tabIcons = (Array.isArray(list) ? list : []).flatMap((item: unknown) =>
    typeof item === 'object' && item !== null ? stringArray([Reflect.get(item, 'iconPath'), Reflect.get(item, 'selectedIconPath')]) : [],
  )
  return { pages: stringArray(Reflect.get(raw, 'pages')), subPackages, tabIcons }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

function checkTabIcon(outputDir: string, icon: string): string[] {
  const path = join(outputDir, icon)
  if (!existsSync(path)) return [`tab icon ${icon} is missing`]
  const bytes = readFileSync(path)
  const problems: string[] = []
  if (bytes.length > TAB_ICON_LIMIT) problems.push(`tab icon ${icon} is ${bytes.length} bytes (limit ${TAB_ICON_LIMIT})`)
  const isPng = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  if (!isPng) return [...problems, `tab icon ${icon} is not a PNG`]
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  if (width !== TAB_ICON_SIZE || height !== TAB_ICON_SIZE) problems.push(`tab icon ${icon} is ${width}×${height}, not 81×81`)
  return problems
}

/** Checks the build in `outputDir`; a missing build is reported as a problem, not thrown. */
export function checkWeappBuild(outputDir: string = DEFAULT_OUTPUT_DIR): WeappBuildReport {
  if (!existsSync(join(outputDir, 'app.json'))) {
    return {
      outputDir,
      pages: [],
      missingPageFiles: [],
      tabIconProblems: [],
      packages: [],
      compileProblems: [],
      problems: [
        `no weapp build in ${outputDir} (app.json is missing). Build it first: ` +
          'TARO_APP_CLOUD_ENV=local NODE_ENV=production npx taro build --type weapp',
      ],
    }
  }
  const app = readAppJson(outputDir)
  const pages = [...app.pages, ...app.subPackages.flatMap(sub => sub.pages.map(page => `${sub.root}/${page}`))]
  const missingPageFiles = pages.flatMap(page => PAGE_FILES.map(ext => `${page}${ext}`).filter(file => !existsSync(join(outputDir, file))))
  const tabIconProblems = app.tabIcons.flatMap(icon => checkTabIcon(outputDir, icon))

  const sizes = new Map<string, number>([['main', 0], ...app.subPackages.map(sub => [sub.root, 0] as [string, number])])
  for (const file of filesUnder(outputDir)) {
    const path = relative(outputDir, file).split(sep).join('/')
    if (NOT_IN_PACKAGE.has(path)) continue
    const owner = app.subPackages.find(sub => path.startsWith(`${sub.root}/`))?.root ?? 'main'
    sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size)
  }
  const packages = [...sizes].map(([name, bytes]) => ({ name, bytes, budget: name === 'main' ? MAIN_PACKAGE_BUDGET : SUBPACKAGE_BUDGET }))
  const compileProblems = checkWeappCompiles(outputDir)

  const problems = [
    ...(pages.length === 0 ? ['app.json lists no pages'] : []),
    ...missingPageFiles.map(file => `page file ${file} is missing`),
    ...tabIconProblems,
    ...packages.filter(pkg => pkg.bytes > pkg.budget).map(pkg => `${pkg.name} package is ${formatKiB(pkg.bytes)}, over its ${formatKiB(pkg.budget)} budget`),
    ...compileProblems.map(problem => `WeChat's compiler refuses ${problem.file}: ${problem.message}`),
  ]
  return { outputDir, pages, missingPageFiles, tabIconProblems, packages, compileProblems, problems }
}

function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

/** The package sizes as a plain-text table. */
export function formatSizeTable(packages: readonly PackageSize[]): string {
  const rows = packages.map(pkg => [pkg.name, formatKiB(pkg.bytes), formatKiB(pkg.budget), `${Math.round((pkg.bytes / pkg.budget) * 100)}%`])
  const header = ['package', 'size', 'budget', 'used']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column]?.length ?? 0)))
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')
  return [line(header), widths.map(width => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = checkWeappBuild(process.argv[2] === undefined ? DEFAULT_OUTPUT_DIR : resolve(process.argv[2]))
  if (report.packages.length > 0) console.log(formatSizeTable(report.packages))
  if (report.pages.length > 0) console.log(`\n${report.pages.length} pages checked: ${report.pages.join(', ')}`)
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.map(problem => `✗ ${problem}`).join('\n')}`)
    process.exit(1)
  }
  console.log('✓ weapp build is complete, within budget, and accepted by WeChat\'s compilers')
}
