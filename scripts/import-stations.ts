/**
 * Imports a city's station register (CSV or XLSX) into the `stations` collection.
 *
 *   npm run import:stations -- <file.csv|file.xlsx> --crs wgs84|gcj02|bd09 [--dry-run]
 *     [--admin-url http://127.0.0.1:10086/admin] [--verified-on YYYY-MM-DD]
 *
 * Coordinates are converted to GCJ-02 (gcoord). Every row is checked first; a rejected row changes
 * nothing and is reported with its line number and reasons. Accepted rows are upserted by their
 * station key (the register code, else name + address), so running the same file again is safe:
 * new stations are added in batches, changed ones updated, unchanged ones left alone. Photos,
 * status (a station staff closed stays closed) and creation dates of existing stations are kept.
 *
 * Where it writes: `--admin-url` (an emulator's /admin URL), else CloudBase itself when
 * CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are set, else the local stack
 * at http://127.0.0.1:${PORT:-10086}/admin. Exit status: 0 all rows imported, 2 some rows rejected,
 * 1 the file could not be read at all.
 */
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type { Database } from '../cloudfunctions/runtime/cloudbase-app'
import type { StationFields, StoredStation } from '../cloudfunctions/stations/station-document'
import { fieldsFromInput } from '../cloudfunctions/stations/station-document'
import { stationSettingsRepository } from '../cloudfunctions/stations/station-settings-repository'
import { stationsRepository } from '../cloudfunctions/stations/stations-repository'
import { SOURCE_CRS, type SourceCrs } from '../src/domain/geo/coordinates'
import { DEFAULT_AMENITY_CATALOGUE, type AmenityCatalogue } from '../src/domain/stations/amenities'
import {
  parseCsv,
  stationSheetFromRecords,
  validateStationRows,
  type CsvRecord,
  type StationRowResult,
} from '../src/domain/stations/station-csv'
import { isDateKey } from '../src/domain/time/shanghai-time'
import { ADMIN_URL_PATTERN, importTargetDatabase } from './import-target'

/** Rows written per request: one `add` of up to this many new stations, one lookup of existing ones. */
const BATCH = 200
/** Changed stations are updated one request each, this many at a time. */
const UPDATE_CONCURRENCY = 8

export interface ImportOptions {
  readonly crs: SourceCrs
  readonly dryRun: boolean
  readonly verifiedOn?: string
  /** Called after each batch with the rows done so far. */
  readonly onProgress?: (done: number, total: number) => void
}

export interface ImportReport {
  /** New stations added. */
  readonly accepted: number
  readonly updated: number
  readonly unchanged: number
  readonly rejected: readonly { readonly line: number; readonly reasons: readonly string[] }[]
  /** Header cells the import did not recognise and ignored. */
  readonly ignoredColumns: readonly string[]
}

export type SheetReading = { readonly ok: true; readonly records: CsvRecord[] } | { readonly ok: false; readonly line: number; readonly reason: string }

/** CSV as Excel and WPS save it: UTF-8 (with or without BOM), or GB18030 from a Chinese Windows. */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell)
}

/** The records of a CSV or the first sheet of an XLSX file, with the line numbers a clerk sees. */
export async function readSheetFile(path: string): Promise<SheetReading> {
  const bytes = readFileSync(path)
  if (extname(path).toLowerCase() === '.xlsx') {
    const { readSheet } = await import('read-excel-file/node')
    const rows = await readSheet(bytes)
    // Rows of empty cells (spacing rows, formatting left below the data) are skipped, as in a CSV.
    const records = rows.map((row, index) => ({ line: index + 1, fields: row.map(cellText) })).filter(record => record.fields.some(field => field.trim() !== ''))
    return { ok: true, records }
  }
  return parseCsv(decodeCsv(bytes))
}

/** Whether an import row would change the stored station (photos, status and dates are not the sheet's to change). */
function differs(stored: StoredStation, fields: StationFields): boolean {
  const sameLocation = Math.abs(stored.location.lng - fields.location.lng) < 1e-7 && Math.abs(stored.location.lat - fields.location.lat) < 1e-7
  return (
    !sameLocation ||
    stored.code !== fields.code ||
    stored.name !== fields.name ||
    stored.address !== fields.address ||
    stored.district !== fields.district ||
    stored.phone !== fields.phone ||
    stored.standard !== fields.standard ||
    JSON.stringify(stored.hours) !== JSON.stringify(fields.hours) ||
    JSON.stringify(stored.amenities) !== JSON.stringify(fields.amenities) ||
    (fields.lastVerifiedOn !== null && (stored.lastVerifiedOn ?? '') < fields.lastVerifiedOn)
  )
}

async function inParallel<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next]
      next += 1
      if (item !== undefined) await run(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/** The amenity catalogue the database holds, or the built-in one while it holds none. */
async function catalogueOf(db: Database): Promise<AmenityCatalogue> {
  const stored = await stationSettingsRepository(db).catalogue()
  return stored.length > 0 ? stored : DEFAULT_AMENITY_CATALOGUE
}

/** Checks every row, then upserts the accepted ones in batches (or only counts, in a dry run). */
export async function importStationRecords(db: Database, records: readonly CsvRecord[], options: ImportOptions): Promise<ImportReport | { readonly ok: false; readonly line: number; readonly reason: string }> {
  const sheet = stationSheetFromRecords(records)
  if (!sheet.ok) return sheet
  const catalogue = await catalogueOf(db)
  const { valid, invalid } = validateStationRows(sheet.rows, { crs: options.crs, catalogue, ...(options.verifiedOn === undefined ? {} : { verifiedOn: options.verifiedOn }) })
  const stations = stationsRepository(db)
  const now = new Date()
  let accepted = 0
  let updated = 0
  let unchanged = 0
  const total = sheet.rows.length
  let done = invalid.length
  options.onProgress?.(done, total)

  for (let start = 0; start < valid.length; start += BATCH) {
    const batch: Extract<StationRowResult, { ok: true }>[] = valid.slice(start, start + BATCH)
    const existing = new Map((await stations.findByIds(batch.map(row => row.key))).map(station => [station.id, station]))
    const fresh: { id: string; fields: StationFields }[] = []
    const changed: { id: string; fields: StationFields; stored: StoredStation }[] = []
    const same: string[] = []
    for (const row of batch) {
      const fields = fieldsFromInput(row.station)
      const stored = existing.get(row.key)
      if (stored === undefined) fresh.push({ id: row.key, fields })
      else if (differs(stored, fields)) changed.push({ id: row.key, fields, stored })
      else same.push(row.key)
    }
    unchanged += same.length
    if (!options.dryRun) {
      if (fresh.length > 0) await stations.insertMany(fresh, now)
      // Stations stored before name search existed are made findable; their details stay as they are.
      await stations.indexUnsearchable(same)
      await inParallel(changed, UPDATE_CONCURRENCY, async ({ id, fields, stored }) => {
        const lastVerifiedOn = [stored.lastVerifiedOn, fields.lastVerifiedOn].filter((day): day is string => day !== null).sort().at(-1) ?? null
        const { photos: _photos, status: _status, ...sheetFields } = fields
        await stations.update(id, null, { ...sheetFields, lastVerifiedOn }, now)
      })
    }
    accepted += fresh.length
    updated += changed.length
    done += batch.length
    options.onProgress?.(done, total)
  }
  return {
    accepted,
    updated,
    unchanged,
    rejected: [...invalid].sort((a, b) => a.line - b.line).map(row => ({ line: row.line, reasons: row.reasons })),
    ignoredColumns: sheet.ignoredColumns,
  }
}

/** The report as printed: counts, then each rejected row as `line N: reason; reason`. */
export function formatImportReport(report: ImportReport, dryRun: boolean): string {
  const lines = [
    `${dryRun ? 'dry run (nothing written): ' : ''}accepted ${report.accepted}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}`,
  ]
  if (report.ignoredColumns.length > 0) lines.push(`ignored columns: ${report.ignoredColumns.join(', ')}`)
  for (const row of report.rejected) lines.push(`line ${row.line}: ${row.reasons.join('; ')}`)
  return lines.join('\n')
}

/** A progress bar on stderr when it is a terminal; a line per quarter otherwise, so logs stay readable. */
function progressPrinter(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  let lastQuarter = -1
  return (done, total) => {
    const fraction = total === 0 ? 1 : done / total
    if (stream.isTTY) {
      const width = 30
      const filled = Math.round(fraction * width)
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} rows${done === total ? '\n' : ''}`)
      return
    }
    const quarter = Math.floor(fraction * 4)
    if (quarter !== lastQuarter) {
      lastQuarter = quarter
      stream.write(`${done}/${total} rows\n`)
    }
  }
}

interface CliArguments {
  readonly file: string
  readonly crs: SourceCrs
  readonly dryRun: boolean
  readonly adminUrl?: string
  readonly verifiedOn?: string
}

const USAGE = 'usage: npm run import:stations -- <file.csv|file.xlsx> --crs wgs84|gcj02|bd09 [--dry-run] [--admin-url URL] [--verified-on YYYY-MM-DD]'

function isSourceCrs(value: string | undefined): value is SourceCrs {
  return SOURCE_CRS.some(crs => crs === value)
}

export function parseImportArguments(argv: readonly string[]): CliArguments | string {
  let file: string | undefined
  let crs: string | undefined
  let dryRun = false
  let adminUrl: string | undefined
  let verifiedOn: string | undefined
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i]
    if (argument === '--dry-run') dryRun = true
    else if (argument === '--crs') crs = argv[++i]
    else if (argument === '--admin-url') adminUrl = argv[++i]
    else if (argument === '--verified-on') verifiedOn = argv[++i]
    else if (argument !== undefined && !argument.startsWith('--') && file === undefined) file = argument
    else return `unknown argument ${argument ?? ''}\n${USAGE}`
  }
  if (file === undefined) return `which file?\n${USAGE}`
  if (!isSourceCrs(crs)) return `--crs must be wgs84, gcj02 or bd09: which coordinate system does the sheet use?\n${USAGE}`
  if (verifiedOn !== undefined && !isDateKey(verifiedOn)) return `--verified-on must be a date like 2026-11-03\n${USAGE}`
  if (adminUrl !== undefined && !ADMIN_URL_PATTERN.test(adminUrl)) return `--admin-url must be an emulator's /admin URL\n${USAGE}`
  return { file, crs, dryRun, ...(adminUrl === undefined ? {} : { adminUrl }), ...(verifiedOn === undefined ? {} : { verifiedOn }) }
}

async function main(): Promise<number> {
  const args = parseImportArguments(process.argv.slice(2))
  if (typeof args === 'string') {
    console.error(args)
    return 1
  }
  const reading = await readSheetFile(args.file)
  if (!reading.ok) {
    console.error(`${basename(args.file)}: line ${reading.line}: ${reading.reason}`)
    return 1
  }
  const result = await importStationRecords(importTargetDatabase(args.adminUrl), reading.records, {
    crs: args.crs,
    dryRun: args.dryRun,
    ...(args.verifiedOn === undefined ? {} : { verifiedOn: args.verifiedOn }),
    onProgress: progressPrinter(process.stderr),
  })
  if ('ok' in result) {
    console.error(`${basename(args.file)}: line ${result.line}: ${result.reason}`)
    return 1
  }
  console.log(`${basename(args.file)} (${args.crs} → gcj02)`)
  console.log(formatImportReport(result, args.dryRun))
  return result.rejected.length > 0 ? 2 : 0
}

if (require.main === module) {
  main().then(
    code => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
