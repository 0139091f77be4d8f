import * as v from 'valibot'
import { toGcj02, type SourceCrs } from '../geo/coordinates'
import { isInsideChina } from '../geo/inside-china'
import type { LngLat } from '../geo/lng-lat'
import type { DateKey } from '../time/shanghai-time'
import { DEFAULT_AMENITY_CATALOGUE, resolveAmenityWord, type AmenityCatalogue } from './amenities'
import { toHalfWidth } from './half-width'
import { parseOpeningHoursText } from './opening-hours-text'
import { normalizePhone } from './phone-number'
import { createStationInputSchema, stationCodeSchema, stationKey, type StationInput } from './station'

/** One CSV record and the line of the file it starts on (1-based, counting the header). */
export interface CsvRecord {
  readonly line: number
  readonly fields: readonly string[]
}

export type ParsedCsv = { readonly ok: true; readonly records: CsvRecord[] } | { readonly ok: false; readonly line: number; readonly reason: string }

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote inside
 * quotes, commas and line breaks allowed inside quotes. Also what Excel and WPS write: a UTF-8
 * BOM, CRLF, LF or lone CR line ends, and no newline at the end. Records whose fields are all
 * empty (blank lines, trailing `,,,` rows) are dropped. An unclosed quote is an error.
 */
export function parseCsv(text: string): ParsedCsv {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let quoted = false
  let quoteOpenedOn = 0
  const endRecord = () => {
    fields.push(field)
    if (fields.some((value) => value !== '')) records.push({ line: recordLine, fields })
    fields = []
    field = ''
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (char === '\n' || (char === '\r' && source[i + 1] !== '\n')) line++
        field += char
      }
    } else if (char === '"' && field === '') {
      quoted = true
      quoteOpenedOn = line
    } else if (char === ',') {
      fields.push(field)
      field = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else field += char
  }
  if (quoted) return { ok: false, line: quoteOpenedOn, reason: '引号没有闭合' }
  if (field !== '' || fields.length > 0) endRecord()
  return { ok: true, records }
}

/** The station fields an import sheet can carry. */
export const STATION_COLUMNS = ['name', 'address', 'district', 'lng', 'lat', 'phone', 'hours', 'amenities', 'standard', 'code'] as const

export type StationColumn = (typeof STATION_COLUMNS)[number]

const COLUMN_NAMES: Readonly<Record<StationColumn, readonly string[]>> = {
  name: ['名称', '驿站名称', '站点名称', '驿站名', 'name'],
  address: ['地址', '详细地址', '驿站地址', 'address'],
  district: ['区县', '所属区县', '区', '县区', '辖区', 'district'],
  lng: ['经度', 'lng', 'lon', 'long', 'longitude'],
  lat: ['纬度', 'lat', 'latitude'],
  phone: ['电话', '联系电话', '联系方式', '电话号码', 'phone', 'tel', 'telephone'],
  hours: ['开放时间', '服务时间', '营业时间', 'hours', 'openinghours', 'opening_hours'],
  amenities: ['设施', '服务设施', '服务项目', '配套设施', 'amenities', 'facilities'],
  standard: ['标准', '建设标准', 'standard'],
  code: ['编号', '驿站编号', '站点编号', 'code'],
}

const REQUIRED_COLUMNS: readonly StationColumn[] = ['name', 'address', 'lng', 'lat', 'hours']

const COLUMN_LABELS: Readonly<Record<StationColumn, string>> = {
  name: '名称', address: '地址', district: '区县', lng: '经度', lat: '纬度',
  phone: '电话', hours: '开放时间', amenities: '设施', standard: '标准', code: '编号',
}

/** How a header cell is compared: half-width, lower-case, no spaces, no note in brackets (`经度（WGS84）`). */
function headerWord(cell: string): string {
  return toHalfWidth(cell)
    .replace(/\(.*?\)|\[.*?\]|【.*?】/g, '')
    .replace(/[\s*]/g, '')
    .toLowerCase()
}

const COLUMN_BY_WORD: ReadonlyMap<string, StationColumn> = new Map(
  STATION_COLUMNS.flatMap((column) => COLUMN_NAMES[column].map((name) => [headerWord(name), column] as const)),
)

export type HeaderMapping =
  | { readonly ok: true; readonly columns: Readonly<Partial<Record<StationColumn, number>>>; readonly ignored: readonly string[] }
  | { readonly ok: false; readonly reason: string }

/** Maps a header row (Chinese or English names) to column positions; unknown headers are listed, not fatal. */
export function mapStationHeader(header: readonly string[]): HeaderMapping {
  const columns: Partial<Record<StationColumn, number>> = {}
  const ignored: string[] = []
  for (const [index, cell] of header.entries()) {
    const column = COLUMN_BY_WORD.get(headerWord(cell))
    if (column === undefined) {
      if (cell.trim() !== '') ignored.push(cell.trim())
    } else if (columns[column] !== undefined) {
      return { ok: false, reason: `"${COLUMN_LABELS[column]}"列出现了两次` }
    } else columns[column] = index
  }
  const missing = REQUIRED_COLUMNS.filter((column) => columns[column] === undefined)
  if (missing.length > 0) return { ok: false, reason: `缺少列：${missing.map((column) => COLUMN_LABELS[column]).join('、')}` }
  return { ok: true, columns, ignored }
}

/** One data row keyed by station column, raw text as in the sheet. */
export type StationCsvRow = Readonly<Partial<Record<StationColumn, string>>>

/** A data record with its line number, ready for validation. */
export interface NumberedStationRow {
  readonly line: number
  readonly row: StationCsvRow
}

export type StationSheet =
  | { readonly ok: true; readonly rows: NumberedStationRow[]; readonly ignoredColumns: readonly string[] }
  | { readonly ok: false; readonly line: number; readonly reason: string }

/** Parses a CSV file and maps its header: the rows to validate, or why the file cannot be read at all. */
export function readStationSheet(text: string): StationSheet {
  const parsed = parseCsv(text)
  if (!parsed.ok) return parsed
  return stationSheetFromRecords(parsed.records)
}

/**
 * Maps the header of a table already split into records (a CSV file, or the rows of a spreadsheet
 * with their line numbers) and keys each data record by station column.
 */
export function stationSheetFromRecords(records: readonly CsvRecord[]): StationSheet {
  const [header, ...data] = records
  if (header === undefined) return { ok: false, line: 1, reason: '文件是空的' }
  const mapping = mapStationHeader(header.fields)
  if (!mapping.ok) return { ok: false, line: header.line, reason: mapping.reason }
  const { columns } = mapping
  const rows = data.map((record) => {
    const row: Partial<Record<StationColumn, string>> = {}
    for (const column of STATION_COLUMNS) {
      const index = columns[column]
      if (index !== undefined) row[column] = record.fields[index] ?? ''
    }
    return { line: record.line, row }
  })
  return { ok: true, rows, ignoredColumns: mapping.ignored }
}

export interface StationRowOptions {
  /** The datum of the sheet's coordinates; stored coordinates are always GCJ-02. */
  readonly crs: SourceCrs
  readonly catalogue?: AmenityCatalogue
  /** Recorded as the stations' lastVerifiedOn, when the sheet is a verified register. */
  readonly verifiedOn?: DateKey
}

export type StationRowResult =
  | { readonly ok: true; readonly line: number; readonly key: string; readonly station: StationInput }
  | { readonly ok: false; readonly line: number; readonly reasons: string[] }

function cellText(row: StationCsvRow, column: StationColumn): string {
  return toHalfWidth(row[column] ?? '').trim()
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/

function readNumber(text: string, label: string, reasons: string[]): number | null {
  if (text === '') reasons.push(`缺少${label}`)
  else if (!NUMBER.test(text)) reasons.push(`${label}"${text}"不是数字`)
  else return Number(text)
  return null
}

/** The station's GCJ-02 location, or null with the reason added; hints at swapped columns. */
function readLocation(lngText: string, latText: string, crs: SourceCrs, reasons: string[]): LngLat | null {
  const lng = readNumber(lngText, '经度', reasons)
  const lat = readNumber(latText, '纬度', reasons)
  if (lng === null || lat === null) return null
  const inRange = Math.abs(lng) <= 180 && Math.abs(lat) <= 90
  const converted = inRange ? toGcj02({ lng, lat }, crs) : null
  if (converted !== null && isInsideChina(converted)) return converted
  let problem = `坐标不在中国境内（${lng}, ${lat}）`
  if (Math.abs(lng) > 180) problem = `经度"${lngText}"超出范围`
  else if (Math.abs(lat) > 90) problem = `纬度"${latText}"超出范围`
  const swapped = Math.abs(lng) <= 90 && Math.abs(lat) <= 180 && isInsideChina({ lng: lat, lat: lng })
  reasons.push(swapped ? `${problem}，经度和纬度可能填反了` : problem)
  return null
}

function checkLength(text: string, label: string, max: number, reasons: string[]): void {
  if ([...text].length > max) reasons.push(`${label}超过 ${max} 个字`)
}

const schemaByCatalogue = new WeakMap<AmenityCatalogue, ReturnType<typeof createStationInputSchema>>()

/** One schema per catalogue, not one per row of a 6,000-row sheet. */
function stationSchemaFor(catalogue: AmenityCatalogue): ReturnType<typeof createStationInputSchema> {
  let schema = schemaByCatalogue.get(catalogue)
  if (schema === undefined) {
    schema = createStationInputSchema(catalogue)
    schemaByCatalogue.set(catalogue, schema)
  }
  return schema
}

/** Splits an amenities cell on 、 , ; / and spaces (full-width too). */
function amenityWords(text: string): string[] {
  return text.split(/[、,;/\s]+/).filter((word) => word !== '')
}

/**
 * Checks one data row and builds the station it describes, converting coordinates to GCJ-02.
 * Every problem in the row is reported, not only the first, so a clerk fixes a sheet in one pass.
 */
export function validateStationRow(row: StationCsvRow, line: number, options: StationRowOptions): StationRowResult {
  const catalogue = options.catalogue ?? DEFAULT_AMENITY_CATALOGUE
  const reasons: string[] = []

  const name = cellText(row, 'name')
  if (name === '') reasons.push('缺少名称')
  checkLength(name, '名称', 40, reasons)
  const address = cellText(row, 'address')
  if (address === '') reasons.push('缺少地址')
  checkLength(address, '地址', 100, reasons)
  const district = cellText(row, 'district')
  checkLength(district, '区县', 20, reasons)
  const standard = cellText(row, 'standard')
  checkLength(standard, '标准', 20, reasons)

  const code = cellText(row, 'code')
  if (code !== '' && !v.is(stationCodeSchema, code)) reasons.push(`编号"${code}"只能包含字母、数字、横线和下划线，最多 32 个字符`)

  const location = readLocation(cellText(row, 'lng'), cellText(row, 'lat'), options.crs, reasons)

  const phoneText = cellText(row, 'phone')
  const phone = phoneText === '' ? undefined : normalizePhone(phoneText)
  if (phone === null) reasons.push(`电话"${phoneText}"应为手机号或带区号的固定电话`)

  const hoursText = cellText(row, 'hours')
  const hours = hoursText === '' ? null : parseOpeningHoursText(hoursText)
  if (hours === null) reasons.push('缺少开放时间')
  else if (!hours.ok) reasons.push(`开放时间"${hoursText}"无法识别：${hours.reason}`)

  const amenities: string[] = []
  for (const word of amenityWords(cellText(row, 'amenities'))) {
    const key = resolveAmenityWord(catalogue, word)
    if (key === undefined) reasons.push(`未知设施"${word}"`)
    else if (!amenities.includes(key)) amenities.push(key)
  }

  if (reasons.length > 0 || location === null || hours === null || !hours.ok || phone === null) {
    return { ok: false, line, reasons }
  }
  const candidate = {
    ...(code === '' ? {} : { code }),
    name,
    address,
    ...(district === '' ? {} : { district }),
    location,
    ...(phone === undefined ? {} : { phone }),
    hours: hours.hours,
    amenities,
    ...(standard === '' ? {} : { standard }),
    photos: [],
    status: 'active' as const,
    ...(options.verifiedOn === undefined ? {} : { lastVerifiedOn: options.verifiedOn }),
  }
  // The same schema staff edits go through, so an import can never store what an edit could not.
  const checked = v.safeParse(stationSchemaFor(catalogue), candidate)
  if (!checked.success) return { ok: false, line, reasons: checked.issues.map((issue) => issue.message) }
  return { ok: true, line, key: stationKey(checked.output), station: checked.output }
}

/** The outcome of validating a whole sheet. */
export interface StationRowsResult {
  readonly valid: Extract<StationRowResult, { ok: true }>[]
  readonly invalid: Extract<StationRowResult, { ok: false }>[]
}

/**
 * Validates every row, and refuses the second and later rows that describe a station already in
 * the file (same code, or same name and address), naming the line of the first.
 */
export function validateStationRows(rows: readonly NumberedStationRow[], options: StationRowOptions): StationRowsResult {
  const valid: Extract<StationRowResult, { ok: true }>[] = []
  const invalid: Extract<StationRowResult, { ok: false }>[] = []
  const firstLineByKey = new Map<string, number>()
  for (const { line, row } of rows) {
    const result = validateStationRow(row, line, options)
    if (!result.ok) {
      invalid.push(result)
      continue
    }
    const firstLine = firstLineByKey.get(result.key)
    if (firstLine !== undefined) {
      invalid.push({ ok: false, line, reasons: [`与第 ${firstLine} 行是同一个驿站（编号或名称加地址相同），第 ${line} 行未导入`] })
      continue
    }
    firstLineByKey.set(result.key, line)
    valid.push(result)
  }
  return { valid, invalid }
}
