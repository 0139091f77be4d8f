import { DELETE_MY_DATA_CONFIRMATION, PRIVACY_POLICY_VERSION } from '../../src/domain/contracts/users'
import type { FunctionName } from '../../src/domain/contracts/registry'

/**
 * One valid payload per action, for the generated contract tests. A sample may name data that does
 * not exist (the action then answers with its own error); what matters is that it passes the schema.
 * The contract tests fail when an action has no sample here, so new actions cannot slip past them.
 */
export const SAMPLE_PAYLOADS: { readonly [F in FunctionName]: Readonly<Record<string, unknown>> } = {
  users: {
    getMe: {},
    updatePreferences: { nickname: '刘师傅', largeText: true },
    recordConsent: { kind: 'privacy-policy', version: PRIVACY_POLICY_VERSION, granted: true },
    bindPhone: { code: '13800138000' },
    getUploadFolder: { area: 'station-reports' },
    exportMyData: {},
    deleteMyData: { confirmation: DELETE_MY_DATA_CONFIRMATION },
    listUsers: { search: '刘' },
    setRole: { userId: 'u0000000000000000nobody', role: 'worker' },
    purgeExpiredRecords: {},
  },
  stations: {
    nearby: { origin: { lng: 112.2397, lat: 30.3269 }, filter: { amenities: ['water'], openNow: false, radiusMeters: 3000 } },
    listCity: { district: '沙市区' },
    getStation: { stationId: 'c-NOBODY' },
    reportProblem: { stationId: 'c-NOBODY', kind: 'closed', note: '门锁着' },
    listMyReports: {},
    searchStations: { search: '驿站' },
    createStation: {
      station: {
        code: 'SAMPLE-1',
        name: '样例驿站',
        address: '荆州市沙市区样例路 1 号',
        district: '沙市区',
        location: { lng: 112.2397, lat: 30.3269 },
        phone: '13800138000',
        hours: { kind: 'always' },
        amenities: ['water'],
        standard: '七个一',
        photos: [],
        status: 'active',
      },
      verifiedToday: true,
    },
    updateStation: {
      stationId: 'c-NOBODY',
      expectedVersion: 1,
      station: {
        name: '样例驿站',
        address: '荆州市沙市区样例路 1 号',
        location: { lng: 112.2397, lat: 30.3269 },
        hours: { kind: 'always' },
        amenities: [],
        photos: [],
        status: 'active',
      },
      verifiedToday: false,
    },
    setStationStatus: { stationId: 'c-NOBODY', status: 'closed' },
    listReports: { states: ['open'] },
    getReport: { reportId: 'rNOBODY' },
    reviewReport: { reportId: 'rNOBODY', to: 'verified', note: '已到现场核实' },
  },
  bulletins: {
    listKinds: {},
    list: { kind: 'work-brief', pageSize: 10 },
    get: { id: 'bNOBODY' },
    recordRead: { id: 'bNOBODY' },
    search: { query: '驿站' },
    getNewIssueAlert: {},
    recordNewIssueAlertChoice: { decision: 'accept' },
    turnOffNewIssueAlert: {},
    parseText: { text: '第 1 期\n\n样例工会\n\n2026 年 11 月 1 日\n\n样例简报\n\n本月工作有序推进。\n' },
    saveDraft: {
      kind: 'work-brief',
      bulletin: {
        header: { issueNumber: 1, issuer: '样例工会', issuedOn: '2026-11-01' },
        body: {
          title: '样例简报',
          intro: ['本月工作有序推进。'],
          items: [],
          distribution: { reportTo: [], sendTo: [], copyTo: [] },
          editor: null,
          phone: null,
        },
      },
    },
    publish: { id: 'bNOBODY', revision: 1 },
    unpublish: { id: 'bNOBODY' },
    listForStaff: { status: 'draft' },
    saveKind: { key: 'sample-kind', label: '样例栏目', order: 99 },
    pruneReadMarks: {},
  },
  notify: {
    listInbox: {},
    countUnread: {},
    markRead: { id: 'nNOBODY' },
    markAllRead: {},
    getSubscriptions: { templateKeys: ['station-report-result'] },
    recordSubscribeDecision: { templateKey: 'station-report-result', decision: 'accept' },
    stats: { from: '2026-05-01', to: '2026-05-31' },
    dispatch: {},
  },
}
