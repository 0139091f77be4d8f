/**
 * `npm run export:roster -- --course <courseId> [--admin-url http://127.0.0.1:10086/admin] [--out <folder>]`
 *
 * Writes a course's roster as XLSX (the same workbook the staff page downloads: one module builds both)
 * into `--out` (default: the current folder), with a progress bar over the rows. Reads from the
 * `--admin-url` emulator, else CloudBase itself when CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID and
 * TENCENTCLOUD_SECRETKEY are set, else the local stack `npm start` runs. It only reads.
 */
import { SingleBar } from 'cli-progress'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as v from 'valibot'
import type { Database } from '../cloudfunctions/runtime/cloudbase-app'
import { coursesRepository } from '../cloudfunctions/training/courses-repository'
import { enrollmentsRepository } from '../cloudfunctions/training/enrollments-repository'
import { rosterOf } from '../cloudfunctions/training/roster-service'
import { buildRosterWorkbook, rosterFileName } from '../cloudfunctions/training/roster-workbook'
import { documentId } from '../src/domain/contracts/payload-fields'
import { ADMIN_URL_PATTERN, importTargetDatabase } from './import-target'

const USAGE = 'usage: npm run export:roster -- --course <courseId> [--admin-url http://127.0.0.1:10086/admin] [--out <folder>]'

export interface ExportArguments {
  readonly courseId: string
  readonly outDir: string
  readonly adminUrl?: string
}

export function parseExportArguments(argv: readonly string[]): ExportArguments | string {
  let courseId: string | undefined
  let outDir = '.'
  let adminUrl: string | undefined
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i]
    if (argument === '--course') courseId = argv[++i]
    else if (argument === '--out') outDir = argv[++i] ?? ''
    else if (argument === '--admin-url') adminUrl = argv[++i]
    else return `unknown argument ${argument ?? ''}\n${USAGE}`
  }
  if (courseId === undefined || !v.is(documentId, courseId)) return `--course must name a course id\n${USAGE}`
  if (outDir === '') return `--out must name a folder\n${USAGE}`
  if (adminUrl !== undefined && !ADMIN_URL_PATTERN.test(adminUrl)) return `--admin-url must be an emulator's /admin URL\n${USAGE}`
  return { courseId, outDir, ...(adminUrl === undefined ? {} : { adminUrl }) }
}

/** Where the export's words go; the progress bar draws on `stream` (stderr by default, so stdout keeps only the file's path). */
export interface ExportOutput {
  out(line: string): void
  err(line: string): void
  readonly stream?: NodeJS.WritableStream
}

/** Runs the export; resolves the exit status and, on success, the file written. */
export async function runRosterExport(args: ExportArguments, output: ExportOutput, database: () => Database = () => importTargetDatabase(args.adminUrl)): Promise<{ readonly code: number; readonly file: string | null }> {
  const db = database()
  let roster: Awaited<ReturnType<typeof rosterOf>>
  try {
    roster = await rosterOf({ courses: coursesRepository(db), enrollments: enrollmentsRepository(db) }, args.courseId)
  } catch (error) {
    output.err(`没有找到课程 ${args.courseId}（${error instanceof Error ? error.message : String(error)}）`)
    return { code: 1, file: null }
  }
  const { course, entries } = roster
  const bar = new SingleBar({ format: '名单 [{bar}] {value}/{total} 行', stream: output.stream ?? process.stderr, noTTYOutput: true, notTTYSchedule: 1000 })
  bar.start(entries.length, 0)
  const workbook = await buildRosterWorkbook(course, entries, written => bar.update(written))
  bar.stop()
  const folder = resolve(args.outDir)
  mkdirSync(folder, { recursive: true })
  const file = join(folder, rosterFileName(course, new Date()))
  writeFileSync(file, workbook)
  output.out(`《${course.title}》名单 ${entries.length} 行，已写到 ${file}`)
  return { code: 0, file }
}

if (require.main === module) {
  const args = parseExportArguments(process.argv.slice(2))
  if (typeof args === 'string') {
    console.error(args)
    process.exit(2)
  }
  runRosterExport(args, { out: line => console.log(line), err: line => console.error(line) }).then(
    result => process.exit(result.code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
