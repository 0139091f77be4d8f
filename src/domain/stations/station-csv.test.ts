import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distanceMeters } from '../geo/distance-meters'
import {
  mapStationHeader,
  parseCsv,
  readStationSheet,
  stationSheetFromRecords,
  validateStationRow,
  validateStationRows,
  type StationCsvRow,
  type StationRowResult,
} from './station-csv'

const fieldsOf = (text: string) => {
  const parsed = parseCsv(text)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.records
}

describe('CSV parsing', () => {
  it('splits records on line breaks and fields on commas', () => {
    expect(fieldsOf('名称,地址\n驿站一,湖墅南路\n')).toEqual([
      { line: 1, fields: ['名称', '地址'] },
      { line: 2, fields: ['驿站一', '湖墅南路'] },
    ])
  })

  it('keeps commas, quotes and line breaks inside quoted fields, and counts lines after them', () => {
    expect(fieldsOf('a,b\n"湖墅南路 1, 2 号","他说""你好""\n第二行"\nc,d')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['湖墅南路 1, 2 号', '他说"你好"\n第二行'] },
      { line: 4, fields: ['c', 'd'] },
    ])
  })

  it('drops a UTF-8 BOM and reads CRLF, LF and lone CR line ends', () => {
    expect(fieldsOf('\uFEFF名称,地址\r\n一,二\r三,四\n五,六')).toEqual([
      { line: 1, fields: ['名称', '地址'] },
      { line: 2, fields: ['一', '二'] },
      { line: 3, fields: ['三', '四'] },
      { line: 4, fields: ['五', '六'] },
    ])
  })

  it('keeps empty fields and skips blank lines and rows of empty cells', () => {
    expect(fieldsOf('a,,c\n\n,,\n"",\nd,e,\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 5, fields: ['d', 'e', ''] },
    ])
  })

  it('reads a file with no newline at the end', () => {
    expect(fieldsOf('a,b')).toEqual([{ line: 1, fields: ['a', 'b'] }])
  })

  it('reads an empty file as no records', () => {
    expect(fieldsOf('')).toEqual([])
    expect(fieldsOf('\uFEFF')).toEqual([])
  })

  it('refuses an unclosed quote, naming the line it opened on', () => {
    expect(parseCsv('a,b\nc,"d\ne,f\n')).toEqual({ ok: false, line: 2, reason: '引号没有闭合' })
  })

  it('reads back any table written with every field quoted', () => {
    const cellText = fc.string({ unit: fc.constantFrom('a', '驿', ',', '"', '\n', '\r', ' ', '1', '，') })
    const table = fc.array(
      fc.array(cellText, { minLength: 1, maxLength: 5 }).filter((row) => row.some((cell) => cell !== '')),
      { maxLength: 8 },
    )
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, lineEnd) => {
        const csv = rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join(lineEnd)
        expect(fieldsOf(csv).map((record) => record.fields)).toEqual(rows)
      }),
    )
  })
})

describe('header mapping', () => {
  it('accepts Chinese column names', () => {
    const mapping = mapStationHeader(['名称', '地址', '区县', '经度', '纬度', '电话', '开放时间', '设施', '标准', '编号'])
    expect(mapping).toEqual({
      ok: true,
      columns: { name: 0, address: 1, district: 2, lng: 3, lat: 4, phone: 5, hours: 6, amenities: 7, standard: 8, code: 9 },
      ignored: [],
    })
  })

  it('accepts English names in any case, full-width forms and notes in brackets', () => {
    const mapping = mapStationHeader(['Name', 'ADDRESS', '经度（WGS84）', 'Latitude', ' hours ', '备注'])
    expect(mapping).toEqual({ ok: true, columns: { name: 0, address: 1, lng: 2, lat: 3, hours: 4 }, ignored: ['备注'] })
  })

  it('names the required columns that are missing', () => {
    expect(mapStationHeader(['名称', '经度', '纬度'])).toEqual({ ok: false, reason: '缺少列：地址、开放时间' })
  })

  it('refuses a column given twice', () => {
    expect(mapStationHeader(['名称', 'name', '地址', '经度', '纬度', '开放时间'])).toEqual({ ok: false, reason: '"名称"列出现了两次' })
  })
})

const row = (overrides: Partial<Record<keyof StationCsvRow, string>> = {}): StationCsvRow => ({
  name: '郑州市中原区环卫爱心驿站',
  address: '郑州市中原区建设西路 1 号',
  district: '中原区',
  lng: '113.6253334',
  lat: '34.7466173',
  phone: '0371-67890123',
  hours: '周一至周五 8:00-18:00；周六 9:00-12:00',
  amenities: '饮水、热饭，toilet/卫生间',
  standard: '七个一',
  code: '',
  ...overrides,
})

const reasonsOf = (result: StationRowResult): string[] => (result.ok ? [] : result.reasons)

describe('validating a station row', () => {
  it('builds a station from a good row', () => {
    const result = validateStationRow(row(), 7, { crs: 'gcj02' })
    expect(result).toMatchObject({
      ok: true,
      line: 7,
      station: {
        name: '郑州市中原区环卫爱心驿站',
        district: '中原区',
        location: { lng: 113.6253334, lat: 34.7466173 },
        phone: '0371-67890123',
        amenities: ['water', 'hot-meal', 'toilet'],
        standard: '七个一',
        photos: [],
        status: 'active',
        hours: { kind: 'weekly', closedOnHolidays: false },
      },
    })
    expect(result.ok && result.key).toMatch(/^n-[0-9a-f]{16}$/)
  })

  it('converts WGS-84 coordinates to GCJ-02 within a metre of the reference point', () => {
    const result = validateStationRow(row({ lng: '113.6192856', lat: '34.7478004' }), 2, { crs: 'wgs84' })
    expect(result.ok).toBe(true)
    if (result.ok) expect(distanceMeters(result.station.location, { lng: 113.6253334, lat: 34.7466173 })).toBeLessThan(1)
  })

  it('converts BD-09 coordinates to GCJ-02 within a metre of the reference point', () => {
    const result = validateStationRow(row({ lng: '113.6317519', lat: '34.7528605' }), 2, { crs: 'bd09' })
    expect(result.ok).toBe(true)
    if (result.ok) expect(distanceMeters(result.station.location, { lng: 113.6253334, lat: 34.7466173 })).toBeLessThan(1)
  })

  it('uses the code as the key and records the verification date when given', () => {
    const result = validateStationRow(row({ code: 'zz-zy-001' }), 2, { crs: 'gcj02', verifiedOn: '2026-03-01' })
    expect(result).toMatchObject({ ok: true, key: 'c-ZZ-ZY-001', station: { code: 'zz-zy-001', lastVerifiedOn: '2026-03-01' } })
  })

  it('leaves out optional fields that are blank', () => {
    const result = validateStationRow(row({ district: '', phone: '', amenities: '', standard: '' }), 2, { crs: 'gcj02' })
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.station).not.toHaveProperty('district')
      expect(result.station).not.toHaveProperty('phone')
      expect(result.station).not.toHaveProperty('standard')
      expect(result.station.amenities).toEqual([])
    }
  })

  it.each([
    ['a missing name', { name: ' ' }, '缺少名称'],
    ['a name over 40 characters', { name: '驿'.repeat(41) }, '名称超过 40 个字'],
    ['a missing address', { address: '' }, '缺少地址'],
    ['missing coordinates', { lng: '', lat: '' }, '缺少经度'],
    ['a coordinate that is not a number', { lat: '34.7N' }, '纬度"34.7N"不是数字'],
    ['a coordinate out of range', { lng: '213.6' }, '经度"213.6"超出范围'],
    ['a point outside China', { lng: '126.98', lat: '37.57' }, '坐标不在中国境内（126.98, 37.57）'],
    ['a bad phone number', { phone: '12345' }, '电话"12345"应为手机号或带区号的固定电话'],
    ['missing hours', { hours: '' }, '缺少开放时间'],
    ['unreadable hours', { hours: '看情况' }, '开放时间"看情况"无法识别：无法识别"看情况"'],
    ['an unknown amenity', { amenities: '饮水、桑拿' }, '未知设施"桑拿"'],
    ['a bad code', { code: '郑州 001' }, '编号"郑州 001"只能包含字母、数字、横线和下划线，最多 32 个字符'],
  ])('refuses %s with a reason', (_case, change, reason) => {
    const result = validateStationRow(row(change), 12, { crs: 'gcj02' })
    expect(result.ok).toBe(false)
    expect(result.line).toBe(12)
    expect(reasonsOf(result)).toContain(reason)
  })

  it('suggests the coordinates were swapped when swapping them lands in China', () => {
    // Swapped, most of China's longitudes become latitudes past 90; Xinjiang's (73–90°E) do not.
    const swappedEast = validateStationRow(row({ lng: '34.7466173', lat: '113.6253334' }), 3, { crs: 'gcj02' })
    expect(reasonsOf(swappedEast)).toEqual(['纬度"113.6253334"超出范围，经度和纬度可能填反了'])
    const swappedWest = validateStationRow(row({ lng: '45.5', lat: '85.0' }), 3, { crs: 'gcj02' })
    expect(reasonsOf(swappedWest)).toEqual(['坐标不在中国境内（45.5, 85），经度和纬度可能填反了'])
  })

  it('does not suggest a swap when neither order is in China', () => {
    expect(reasonsOf(validateStationRow(row({ lng: '0', lat: '0' }), 3, { crs: 'wgs84' }))).toEqual(['坐标不在中国境内（0, 0）'])
    expect(reasonsOf(validateStationRow(row({ lat: '134.7' }), 3, { crs: 'gcj02' }))).toEqual(['纬度"134.7"超出范围'])
  })

  it('reports every problem in a row at once', () => {
    const result = validateStationRow(row({ name: '', lng: 'x', phone: '1', amenities: '桑拿' }), 4, { crs: 'gcj02' })
    expect(reasonsOf(result)).toEqual(['缺少名称', '经度"x"不是数字', '电话"1"应为手机号或带区号的固定电话', '未知设施"桑拿"'])
  })

  it('checks amenities against the catalogue it is given', () => {
    const catalogue = [{ key: 'sauna', label: '桑拿', icon: 'steam', description: '' }]
    expect(validateStationRow(row({ amenities: '桑拿' }), 2, { crs: 'gcj02', catalogue }).ok).toBe(true)
    expect(reasonsOf(validateStationRow(row({ amenities: '饮水' }), 2, { crs: 'gcj02', catalogue }))).toEqual(['未知设施"饮水"'])
  })
})

describe('validating a whole sheet', () => {
  it('refuses the second row for a station already in the file, naming both lines', () => {
    const result = validateStationRows(
      [
        { line: 2, row: row() },
        { line: 3, row: row({ name: '另一个驿站' }) },
        { line: 5, row: row({ name: ' 郑州市中原区环卫爱心驿站 ', phone: '' }) },
      ],
      { crs: 'gcj02' },
    )
    expect(result.valid.map((entry) => entry.line)).toEqual([2, 3])
    expect(result.invalid).toEqual([{ ok: false, line: 5, reasons: ['与第 2 行是同一个驿站（编号或名称加地址相同），第 5 行未导入'] }])
  })

  it('treats rows with the same code as the same station even when renamed', () => {
    const result = validateStationRows(
      [
        { line: 2, row: row({ code: 'A-1' }) },
        { line: 9, row: row({ code: 'a-1', name: '新名字', address: '新地址' }) },
      ],
      { crs: 'gcj02' },
    )
    expect(result.invalid.map((entry) => [entry.line, entry.reasons])).toEqual([[9, ['与第 2 行是同一个驿站（编号或名称加地址相同），第 9 行未导入']]])
  })

  it('reads a spreadsheet export end to end', () => {
    const csv = [
      '\uFEFF名称,地址,经度,纬度,开放时间,设施,电话',
      '郑州市中原区环卫爱心驿站,"郑州市中原区建设西路 1 号",113.6253334,34.7466173,24小时,"饮水,热饭",13800138000',
      '坏数据驿站,某路,abc,34.7,全天,,',
      '',
    ].join('\r\n')
    const sheet = readStationSheet(csv)
    expect(sheet.ok).toBe(true)
    if (!sheet.ok) return
    const result = validateStationRows(sheet.rows, { crs: 'gcj02' })
    expect(result.valid).toHaveLength(1)
    expect(result.valid[0]?.station.amenities).toEqual(['water', 'hot-meal'])
    expect(result.invalid).toEqual([{ ok: false, line: 3, reasons: ['经度"abc"不是数字'] }])
  })

  it('says why a sheet cannot be read at all', () => {
    expect(readStationSheet('')).toEqual({ ok: false, line: 1, reason: '文件是空的' })
    expect(readStationSheet('名称,地址\n')).toEqual({ ok: false, line: 1, reason: '缺少列：经度、纬度、开放时间' })
  })
})

describe('a table from a spreadsheet', () => {
  it('maps the header and keys the rows the same way as a CSV file', () => {
    const sheet = stationSheetFromRecords([
      { line: 1, fields: ['驿站名称', '详细地址', '经度', '纬度', '服务时间'] },
      { line: 3, fields: ['荆州水务集团收费大厅', '沙市区北京中路 1 号', '112.2431', '30.3265', '周一至周五 8:30-17:30'] },
    ])
    expect(sheet).toEqual({
      ok: true,
      ignoredColumns: [],
      rows: [{ line: 3, row: { name: '荆州水务集团收费大厅', address: '沙市区北京中路 1 号', lng: '112.2431', lat: '30.3265', hours: '周一至周五 8:30-17:30' } }],
    })
  })
})
