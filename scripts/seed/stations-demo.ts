import type { Database } from '../../cloudfunctions/runtime/cloudbase-app'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { newReportId, reporterKeyFor } from '../../cloudfunctions/stations/problem-report-service'
import { fieldsFromInput, type StationFields } from '../../cloudfunctions/stations/station-document'
import { stationFeedbackRepository } from '../../cloudfunctions/stations/station-feedback-repository'
import { stationSettingsRepository } from '../../cloudfunctions/stations/station-settings-repository'
import { stationsRepository } from '../../cloudfunctions/stations/stations-repository'
import { isDuplicateKeyError } from '../../cloudfunctions/runtime/typed-collection'
import { DEFAULT_AMENITY_CATALOGUE } from '../../src/domain/stations/amenities'
import { CHINA_HOLIDAY_PERIODS } from '../../src/domain/stations/holiday-calendar'
import { validateStationRows, type NumberedStationRow, type StationCsvRow } from '../../src/domain/stations/station-csv'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'

/**
 * Jingzhou's stations as the federation's register would list them, GCJ-02 coordinates as Tencent
 * Maps gives them, in the words a clerk types (hours and amenities are read by the import's own
 * parser, so the demo data is exactly what an import would store). The first two are the city's
 * first 七个一 stations.
 */
export const JINGZHOU_DEMO_STATIONS: readonly StationCsvRow[] = [
  { code: 'JZ-SS-001', name: '荆州水务集团收费大厅', address: '荆州市沙市区北京中路 186 号', district: '沙市区', lng: '112.25136', lat: '30.31870', phone: '0716-8213456', hours: '周一至周五 8:30-17:30，节假日休息', amenities: '饮水、热饭、休息、充电、如厕、药箱、冷暖', standard: '七个一' },
  { code: 'JZ-SS-002', name: '荆州先行集团长途客运站', address: '荆州市沙市区北京东路 182 号长途客运站一楼', district: '沙市区', lng: '112.27352', lat: '30.31542', phone: '0716-8452110', hours: '24小时', amenities: '饮水、热饭、休息、充电、如厕、药箱、冷暖、无线网络', standard: '七个一' },
  { code: 'JZ-SS-003', name: '沙市区环卫工人爱心驿站（中山公园）', address: '荆州市沙市区江津中路 中山公园北门东侧', district: '沙市区', lng: '112.24683', lat: '30.30995', phone: '13872345601', hours: '每天 06:00-20:00', amenities: '饮水、热饭、休息、充电、如厕、药箱', standard: '七个一' },
  { code: 'JZ-SS-004', name: '中国邮政沙市红星路营业所驿站', address: '荆州市沙市区红星路 58 号', district: '沙市区', lng: '112.24105', lat: '30.31402', phone: '0716-8224501', hours: '周一至周六 08:00-18:00', amenities: '饮水、休息、充电、如厕、维修工具', standard: '七个一' },
  { code: 'JZ-SS-005', name: '沙市区胜利街社区户外劳动者驿站', address: '荆州市沙市区胜利街 112 号社区服务中心', district: '沙市区', lng: '112.25890', lat: '30.30652', phone: '0716-8316620', hours: '08:00-12:00,14:00-18:00', amenities: '饮水、热饭、休息、如厕、阅读、针线', standard: '五个一' },
  { code: 'JZ-SS-006', name: '工商银行荆州沙市支行暖心驿站', address: '荆州市沙市区北京西路 366 号', district: '沙市区', lng: '112.23377', lat: '30.32031', phone: '0716-8445120', hours: '周一至周五 9:00-17:00；周六 9:00-12:00，节假日休息', amenities: '饮水、休息、充电、如厕、冷暖', standard: '七个一' },
  { code: 'JZ-SS-007', name: '美团骑手之家（万达广场）', address: '荆州市沙市区北京西路 508 号万达广场北侧', district: '沙市区', lng: '112.22618', lat: '30.32210', phone: '13972345602', hours: '每天 10:00-次日02:00', amenities: '饮水、热饭、休息、充电、如厕、换电', standard: '七个一' },
  { code: 'JZ-SS-008', name: '沙市区塔桥路环卫驿站', address: '荆州市沙市区塔桥路 16 号', district: '沙市区', lng: '112.26411', lat: '30.31233', phone: '13872345603', hours: '每天 05:30-21:00', amenities: '饮水、热饭、休息、充电、如厕', standard: '七个一' },
  { code: 'JZ-SS-009', name: '荆州市第一人民医院职工驿站', address: '荆州市沙市区航空路 8 号门诊楼东侧', district: '沙市区', lng: '112.25566', lat: '30.32460', phone: '0716-8115001', hours: '24小时', amenities: '饮水、休息、充电、如厕、药箱、AED、母婴', standard: '七个一' },
  { code: 'JZ-SS-010', name: '沙市区便河广场户外职工驿站', address: '荆州市沙市区便河西路 便河广场南入口', district: '沙市区', lng: '112.25002', lat: '30.31305', phone: '0716-8227731', hours: '每天 07:00-21:00', amenities: '饮水、热饭、休息、充电、如厕、冷暖', standard: '七个一' },
  { code: 'JZ-SS-011', name: '顺丰速运沙市园林路站点驿站', address: '荆州市沙市区园林路 71 号', district: '沙市区', lng: '112.26918', lat: '30.32305', phone: '13972345604', hours: '每天 08:00-22:00', amenities: '饮水、休息、充电、如厕、换电、维修工具', standard: '五个一' },
  { code: 'JZ-SS-012', name: '沙市区文化宫工会驿站', address: '荆州市沙市区中山路 92 号工人文化宫一楼', district: '沙市区', lng: '112.24321', lat: '30.30781', phone: '0716-8211822', hours: '周一至周日 08:30-20:30', amenities: '饮水、热饭、休息、充电、如厕、药箱、阅读、无线网络', standard: '七个一' },
  { code: 'JZ-SS-013', name: '中石化荆州江津东路加油站驿站', address: '荆州市沙市区江津东路 265 号', district: '沙市区', lng: '112.28216', lat: '30.30804', phone: '0716-8461209', hours: '24小时', amenities: '饮水、休息、充电、如厕、冷暖', standard: '七个一' },
  { code: 'JZ-SS-014', name: '沙市区崇文街道爱心驿站', address: '荆州市沙市区人民路 43 号崇文街道办事处', district: '沙市区', lng: '112.23812', lat: '30.30897', phone: '0716-8212093', hours: '工作日 8:30-12:00，14:30-17:30，法定节假日休息', amenities: '饮水、热饭、休息、如厕、药箱', standard: '七个一' },
  { code: 'JZ-SS-015', name: '荆州日报社户外劳动者驿站', address: '荆州市沙市区北京中路 100 号', district: '沙市区', lng: '112.24876', lat: '30.31757', phone: '0716-8116200', hours: '周一至周五 8:00-18:00', amenities: '饮水、休息、充电、如厕、阅读' },
  { code: 'JZ-SS-016', name: '沙市区三湾路出租车司机驿站', address: '荆州市沙市区三湾路 38 号', district: '沙市区', lng: '112.27703', lat: '30.32685', phone: '13872345605', hours: '每天 18:00-次日06:00', amenities: '饮水、热饭、休息、充电、如厕', standard: '七个一' },
  { code: 'JZ-SS-017', name: '沙市区长港路社区驿站', address: '荆州市沙市区长港路 211 号', district: '沙市区', lng: '112.28731', lat: '30.31920', phone: '0716-8472550', hours: '每天 07:30-19:30', amenities: '饮水、热饭、休息、如厕、针线', standard: '五个一' },
  { code: 'JZ-SS-018', name: '农业银行荆州沙市分理处驿站', address: '荆州市沙市区太岳路 12 号', district: '沙市区', lng: '112.26105', lat: '30.31880', phone: '0716-8329915', hours: '周一至周五 8:30-17:00，节假日休息', amenities: '饮水、休息、充电、如厕、冷暖、药箱', standard: '七个一' },
  { code: 'JZ-JZ-001', name: '荆州区东门环卫工人驿站', address: '荆州市荆州区荆州中路 东门广场西侧', district: '荆州区', lng: '112.20512', lat: '30.35164', phone: '13872345606', hours: '每天 05:00-20:00', amenities: '饮水、热饭、休息、充电、如厕、药箱', standard: '七个一' },
  { code: 'JZ-JZ-002', name: '荆州古城游客中心职工驿站', address: '荆州市荆州区张居正街 1 号', district: '荆州区', lng: '112.18894', lat: '30.35336', phone: '0716-8486001', hours: '每天 08:00-18:00', amenities: '饮水、休息、充电、如厕、母婴、AED、无线网络', standard: '七个一' },
  { code: 'JZ-JZ-003', name: '荆州区学苑路快递员驿站', address: '荆州市荆州区学苑路 88 号', district: '荆州区', lng: '112.21683', lat: '30.36281', phone: '13972345607', hours: '每天 08:00-21:00', amenities: '饮水、热饭、休息、充电、如厕、换电、维修工具', standard: '七个一' },
  { code: 'JZ-JZ-004', name: '荆州区西门社区户外劳动者驿站', address: '荆州市荆州区西门路 21 号西门社区', district: '荆州区', lng: '112.17702', lat: '30.35498', phone: '0716-8453321', hours: '周一至周六 08:00-17:30', amenities: '饮水、热饭、休息、如厕、针线、阅读', standard: '五个一' },
  { code: 'JZ-JZ-005', name: '长江大学东校区后勤职工驿站', address: '荆州市荆州区南环路 1 号长江大学东校区', district: '荆州区', lng: '112.21045', lat: '30.34215', phone: '0716-8060123', hours: '周一至周五 7:30-18:00；周六、周日 9:00-17:00', amenities: '饮水、热饭、休息、充电、如厕' },
  { code: 'JZ-JZ-006', name: '荆州区荆北路加油站驿站', address: '荆州市荆州区荆北路 152 号', district: '荆州区', lng: '112.19826', lat: '30.37012', phone: '0716-8441286', hours: '24小时', amenities: '饮水、休息、充电、如厕', standard: '七个一' },
  { code: 'JZ-JZ-007', name: '荆州区城南街道爱心驿站', address: '荆州市荆州区荆南路 36 号城南街道办事处', district: '荆州区', lng: '112.19420', lat: '30.34408', phone: '0716-8440517', hours: '周一至周五 8:30-17:30，节假日休息', amenities: '饮水、热饭、休息、如厕、药箱、冷暖', standard: '七个一' },
  { code: 'JZ-JZ-008', name: '饿了么骑手驿站（荆州区万达）', address: '荆州市荆州区荆州北路 100 号', district: '荆州区', lng: '112.20271', lat: '30.36042', phone: '13872345608', hours: '每天 10:00-22:00', amenities: '饮水、热饭、休息、充电、如厕、换电', standard: '五个一' },
  { code: 'JZ-JZ-009', name: '荆州区中医医院职工驿站', address: '荆州市荆州区江津西路 172 号', district: '荆州区', lng: '112.21490', lat: '30.33765', phone: '0716-8489120', hours: '24小时', amenities: '饮水、休息、充电、如厕、药箱、AED', standard: '七个一' },
  { code: 'JZ-JZ-010', name: '荆州区郢城镇户外劳动者驿站', address: '荆州市荆州区郢城镇郢北村便民服务中心', district: '荆州区', lng: '112.22936', lat: '30.38504', phone: '0716-8541203', hours: '08:00-12:00,14:00-17:30', amenities: '饮水、热饭、休息、如厕', standard: '五个一' },
  { code: 'JZ-KF-001', name: '荆州开发区东方大道环卫驿站', address: '荆州市荆州开发区东方大道 99 号', district: '荆州开发区', lng: '112.31285', lat: '30.30417', phone: '13872345609', hours: '每天 05:30-20:30', amenities: '饮水、热饭、休息、充电、如厕、药箱、冷暖', standard: '七个一' },
  { code: 'JZ-KF-002', name: '荆州开发区管委会政务中心驿站', address: '荆州市荆州开发区深圳大道 96 号政务服务中心', district: '荆州开发区', lng: '112.32566', lat: '30.29702', phone: '0716-8866100', hours: '周一至周五 9:00-17:00，节假日休息', amenities: '饮水、休息、充电、如厕、母婴、AED', standard: '七个一' },
  { code: 'JZ-KF-003', name: '京东物流荆州分拣中心驿站', address: '荆州市荆州开发区沙岑路 28 号', district: '荆州开发区', lng: '112.33912', lat: '30.31184', phone: '13972345610', hours: '24小时', amenities: '饮水、热饭、休息、充电、如厕、换电、维修工具', standard: '七个一' },
  { code: 'JZ-KF-004', name: '荆州开发区联合街道户外劳动者驿站', address: '荆州市荆州开发区联合街道江汉南路 57 号', district: '荆州开发区', lng: '112.30456', lat: '30.29368', phone: '0716-8871542', hours: '周一至周六 8:00-18:00', amenities: '饮水、热饭、休息、如厕、针线', standard: '五个一' },
  { code: 'JZ-KF-005', name: '荆州开发区豉湖路公交场站驿站', address: '荆州市荆州开发区豉湖路东段 公交场站', district: '荆州开发区', lng: '112.31733', lat: '30.31596', phone: '0716-8860738', hours: '每天 05:00-22:30', amenities: '饮水、热饭、休息、充电、如厕、冷暖', standard: '七个一' },
  { code: 'JZ-KF-006', name: '中国邮政荆州开发区揽投部驿站', address: '荆州市荆州开发区迎宾路 12 号', district: '荆州开发区', lng: '112.32914', lat: '30.30525', phone: '0716-8869230', hours: '周一至周五 8:00-12:00、14:00-18:00；周六 8:00-12:00', amenities: '饮水、休息、充电、如厕、维修工具', standard: '七个一' },
  { code: 'JZ-KF-007', name: '荆州开发区滩桥镇爱心驿站', address: '荆州市荆州开发区滩桥镇滩桥大道 3 号', district: '荆州开发区', lng: '112.36207', lat: '30.28611', phone: '0716-8880127', hours: '每天 07:00-19:00', amenities: '饮水、热饭、休息、如厕、药箱' },
  { code: 'JZ-SS-019', name: '沙市区白云路公交首末站驿站', address: '荆州市沙市区白云路 2 号公交首末站', district: '沙市区', lng: '112.29502', lat: '30.32815', phone: '0716-8480360', hours: '每天 05:30-22:00', amenities: '饮水、热饭、休息、充电、如厕', standard: '七个一' },
  { code: 'JZ-SS-020', name: '沙市区荆沙大道货车司机驿站', address: '荆州市沙市区荆沙大道 188 号物流园', district: '沙市区', lng: '112.23020', lat: '30.33528', phone: '13972345611', hours: '周五、周六 20:00-次日02:00；周一至周四 08:00-20:00', amenities: '饮水、热饭、休息、充电、如厕、维修工具', standard: '五个一' },
  { code: 'JZ-SS-021', name: '沙市区复兴大道建筑工人驿站', address: '荆州市沙市区复兴大道 66 号项目部', district: '沙市区', lng: '112.27010', lat: '30.33406', phone: '13872345612', hours: '每天 06:00-19:00', amenities: '饮水、热饭、休息、充电、如厕、药箱、冷暖', standard: '七个一' },
  { code: 'JZ-SS-022', name: '沙市区朝阳街道妇女儿童之家驿站', address: '荆州市沙市区豉湖路 45 号朝阳街道', district: '沙市区', lng: '112.27935', lat: '30.30365', phone: '0716-8316902', hours: '周一至周五 8:30-17:30，节假日休息', amenities: '饮水、休息、如厕、母婴、阅读' },
]

/** Stations the demo shows as closed by staff, so 已关闭 (suspended) appears in the list. */
const DEMO_CLOSED_CODES: ReadonlySet<string> = new Set(['JZ-SS-017'])

/** The demo's one report awaiting staff review. */
const DEMO_REPORT = { reporterOpenid: 'demo-worker', stationCode: 'JZ-SS-012', amenity: 'hot-meal', note: '微波炉坏了，热不了饭' } as const

/** The demo stations as stored fields, keyed by their station key; throws if any demo row is invalid. */
export function demoStationEntries(verifiedOn: string): { readonly id: string; readonly fields: StationFields }[] {
  const rows: NumberedStationRow[] = JINGZHOU_DEMO_STATIONS.map((row, index) => ({ line: index + 2, row }))
  const { valid, invalid } = validateStationRows(rows, { crs: 'gcj02', verifiedOn })
  const [first] = invalid
  if (first !== undefined) throw new Error(`demo station on line ${first.line} is invalid: ${first.reasons.join('; ')}`)
  return valid.map(entry => {
    const fields = fieldsFromInput(entry.station)
    return { id: entry.key, fields: DEMO_CLOSED_CODES.has(fields.code ?? '') ? { ...fields, status: 'closed' } : fields }
  })
}

/** Seeds the amenity catalogue, the holiday calendar, Jingzhou's stations and one open report; existing records are kept. */
export async function seedStationsDemo(db: Database, now: Date): Promise<number> {
  const settings = stationSettingsRepository(db)
  let added = (await settings.seedCatalogue(DEFAULT_AMENITY_CATALOGUE)) + (await settings.seedHolidayPeriods(CHINA_HOLIDAY_PERIODS))

  const stations = stationsRepository(db)
  const entries = demoStationEntries(addDays(shanghaiDateKey(now), -20))
  const existing = new Set((await stations.findByIds(entries.map(entry => entry.id))).map(station => station.id))
  const missing = entries.filter(entry => !existing.has(entry.id))
  if (missing.length > 0) await stations.insertMany(missing, now)
  added += missing.length

  const target = entries.find(entry => entry.fields.code === DEMO_REPORT.stationCode)
  if (target !== undefined) {
    const reporterUserId = userIdFor(DEMO_REPORT.reporterOpenid)
    const reportedOn = addDays(shanghaiDateKey(now), -1)
    const reportedAt = new Date(now.getTime() - 26 * 3600_000)
    try {
      await stationFeedbackRepository(db).insert({
        _id: newReportId(),
        stationId: target.id,
        stationName: target.fields.name,
        reporterUserId,
        reporterKey: reporterKeyFor(reporterUserId, target.id, 'missing-amenity', reportedOn),
        kind: 'missing-amenity',
        amenity: DEMO_REPORT.amenity,
        note: DEMO_REPORT.note,
        photo: null,
        suggestedLocation: null,
        state: 'open',
        history: [{ state: 'open', at: reportedAt, byUserId: null, note: null }],
        outcome: null,
        fixApplied: false,
        reporterNotification: null,
        reportedOn,
        createdAt: reportedAt,
        updatedAt: reportedAt,
      })
      added += 1
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
    }
  }
  return added
}
