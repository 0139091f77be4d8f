import { describe, expect, it } from 'vitest'
import type { MyDataExport } from '../../../domain/contracts/users'
import { myDataAsJson, myDataAsText, presentMyData, type PresentedSection } from './my-data-presenter'

const PHOTO = 'cloud://local.6c6f-local-1250000000/station-reports/aaaddb2036c236b41da3e439/2026-11/door.jpg'

/** An export as the users function gives it (taken from a real one), with every kind the app keeps. */
const exported: MyDataExport = {
  generatedAt: '2026-12-04T10:15:31.044Z',
  fileLinks: { [PHOTO]: 'http://127.0.0.1:9000/storage/door.jpg?sign=1' },
  records: {
    users: [
      {
        nickname: '张师傅',
        role: 'worker',
        phone: null,
        largeText: false,
        consents: { 'privacy-policy': { version: '2026-10', granted: true, decidedAt: '2026-12-04T10:15:25.790Z' } },
        createdAt: '2026-12-04T10:15:18.109Z',
        updatedAt: '2026-12-04T10:15:25.790Z',
      },
    ],
    station_feedback: [
      {
        stationId: 'c-JZ-SS-012',
        stationName: '沙市区文化宫工会驿站',
        reporterUserId: 'aaaddb2036c236b41da3e439',
        kind: 'missing-amenity',
        amenity: 'water',
        note: '没有热水',
        photo: PHOTO,
        suggestedLocation: null,
        state: 'resolved',
        history: [
          { state: 'open', at: '2026-12-03T08:15:18.888Z', note: null, by: '本人' },
          { state: 'resolved', at: '2026-12-04T10:15:30.720Z', note: '饮水机已修好', by: '工作人员' },
        ],
        outcome: '饮水机已修好',
        fixApplied: false,
        reporterNotification: { channel: 'inbox', notificationId: 'n85868586c6a58c36daf91253a31a2f2', outcome: 'resolved', queuedAt: '2026-12-04T10:15:30.720Z' },
        reportedOn: '2026-12-03',
        createdAt: '2026-12-03T08:15:18.888Z',
        updatedAt: '2026-12-04T10:15:30.720Z',
      },
    ],
    legal_cases: [
      {
        serviceKey: 'lawyer-on-duty',
        serviceName: '律师坐班',
        serviceMode: 'walk-in',
        day: '2026-12-08',
        month: '2026-12',
        startMinute: 540,
        endMinute: 570,
        startsAt: '2026-12-08T01:00:00.000Z',
        endsAt: '2026-12-08T01:30:00.000Z',
        room: '职工服务中心一楼接待室',
        hostName: '王律师',
        caseType: 'unpaid-wages',
        description: '老板拖欠三个月工资',
        consent: { version: '2026-11', grantedAt: '2026-12-04T10:00:00.000Z' },
        contactName: '张师傅',
        phone: '13800138000',
        phoneMasked: '138****8000',
        employer: null,
        photos: [],
        status: 'booked',
        received: false,
        outcomeKind: null,
        outcomeNote: null,
        rating: null,
        ratingComment: null,
        timeline: [{ status: 'booked', at: '2026-12-04T10:00:00.000Z', byRole: 'self', assigneeKind: null, note: null, by: '本人' }],
        closedAt: null,
        closedMonth: null,
        finishedAt: null,
        createdAt: '2026-12-04T10:00:00.000Z',
        updatedAt: '2026-12-04T10:00:00.000Z',
        userId: 'aaaddb2036c236b41da3e439',
      },
    ],
    legal_bookers: [{ userId: 'aaaddb2036c236b41da3e439', held: [{ caseId: 'c1', startsAt: '2026-12-08T01:00:00.000Z' }], noShows: [], pause: null, updatedAt: '2026-12-04T10:00:00.000Z' }],
    subscriptions: [
      {
        userId: 'aaaddb2036c236b41da3e439',
        templateKey: 'bulletin-new-issue',
        templateId: null,
        enabled: true,
        credits: 1,
        acceptedTotal: 1,
        lastDecision: 'accept',
        decidedAt: '2026-12-04T10:15:28.079Z',
        createdAt: '2026-12-04T10:15:28.079Z',
        updatedAt: '2026-12-04T10:15:28.079Z',
      },
    ],
    idempotency_keys: [{ functionName: 'bulletins', action: 'recordNewIssueAlertChoice', userId: 'aaaddb2036c236b41da3e439', createdAt: '2026-12-04T10:15:28.172Z' }],
    bulletin_read_marks: [{ bulletinId: 'demo-jingzhou-2017-no10', userId: 'aaaddb2036c236b41da3e439', day: '2026-12-04', at: '2026-12-04T10:00:00.000Z' }],
    inbox: [
      {
        userId: 'aaaddb2036c236b41da3e439',
        templateKey: 'station-report-result',
        title: '反馈处理结果通知',
        lines: [
          { label: '反馈内容', value: '沙市区文化宫工会驿站：设施缺失' },
          { label: '处理说明', value: '饮水机已修好' },
        ],
        page: 'packages/stations/detail/index?id=c-JZ-SS-012',
        createdAt: '2026-12-04T10:15:30.720Z',
        readAt: null,
      },
    ],
    notifications: [
      {
        recipientUserId: 'aaaddb2036c236b41da3e439',
        templateKey: 'station-report-result',
        templateId: null,
        state: 'inbox-only',
        reason: 'no-template',
        wechatData: null,
        page: 'packages/stations/detail/index?id=c-JZ-SS-012',
        attempts: 0,
        dueAt: '2026-12-04T10:15:30.720Z',
        lastErrcode: null,
        msgid: null,
        day: '2026-12-04',
        createdAt: '2026-12-04T10:15:30.720Z',
        settledAt: '2026-12-04T10:15:30.720Z',
      },
    ],
    notification_reminders: [],
  },
}

/** Every word the page shows: section titles, record headings, labels and values. */
function everything(sections: readonly PresentedSection[]): string {
  return sections
    .flatMap(section => [section.title, ...section.records.flatMap(record => [record.heading, ...record.lines.flatMap(entry => [entry.label, entry.value])])])
    .join('\n')
}

describe('my data, as the person reads it', () => {
  const sections = presentMyData(exported)

  it('shows every kind of record under its name in words, leaving out kinds with none', () => {
    expect(sections.map(section => section.title)).toEqual([
      '个人资料',
      '驿站意见反馈',
      '法律援助预约与咨询',
      '法律援助预约情况',
      '消息提醒设置',
      '网络不好时重试的操作（最多保存一周）',
      '今天读过的资讯',
      '站内消息',
      '发送给您的通知',
    ])
  })

  it('labels every fact in Chinese, never by a field name, code, id or raw JSON', () => {
    const shown = everything(sections)
    for (const leaked of ['nickname', 'worker', 'largeText', 'missing-amenity', '"water"', 'reporterUserId', 'aaaddb2036c236b41da3e439', 'cloud://', 'c-JZ-SS-012', 'unpaid-wages', 'bulletin-new-issue', 'inbox-only', '{', 'recordNewIssueAlertChoice']) {
      expect(shown).not.toContain(leaked)
    }
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
  })

  it('writes the profile as the person knows it, with times on Shanghai clocks', () => {
    expect(sections[0]?.records[0]?.lines).toEqual([
      { label: '昵称', value: '张师傅' },
      { label: '身份', value: '职工' },
      { label: '手机号', value: '没有绑定' },
      { label: '长辈模式（大字）', value: '关' },
      { label: '隐私政策', value: '已同意（版本 2026-10，2026年12月4日 18:15）' },
      { label: '开始使用', value: '2026年12月4日 18:15' },
      { label: '最近修改', value: '2026年12月4日 18:15' },
    ])
  })

  it('names a report’s amenity and state in words, tells its story, and shows its photo by its link', () => {
    const [report] = sections[1]?.records ?? []
    expect(report?.heading).toBe('沙市区文化宫工会驿站：设施缺失（饮水）')
    expect(report?.lines).toEqual(
      expect.arrayContaining([
        { label: '现在', value: '已解决' },
        { label: '处理结果', value: '饮水机已修好' },
        { label: '改了驿站信息', value: '否' },
        { label: '经过', value: '2026年12月3日 16:15 本人 待核实' },
        { label: '', value: '2026年12月4日 18:15 工作人员 已解决：饮水机已修好' },
      ]),
    )
    expect(report?.photos).toEqual([{ url: 'http://127.0.0.1:9000/storage/door.jpg?sign=1' }])
  })

  it('writes a legal-aid booking with its time, place, type and the person’s own words', () => {
    const [booking] = sections[2]?.records ?? []
    expect(booking?.heading).toBe('律师坐班：欠薪')
    expect(booking?.lines).toEqual(expect.arrayContaining([{ label: '现在', value: '已预约' }, { label: '我写的情况', value: '老板拖欠三个月工资' }, { label: '地点', value: '职工服务中心一楼接待室' }, { label: '同意律师看我写的情况', value: '已同意（版本 2026-11，2026年12月4日 18:00）' }]))
    expect(booking?.lines.find(entry => entry.label === '时间')?.value).toBe('12月8日 周二 09:00–09:30')
  })

  it('says what each reminder setting and message is, by its name', () => {
    expect(sections[4]?.records[0]).toMatchObject({ heading: '新资讯发布提醒', lines: expect.arrayContaining([{ label: '还能收到的微信提醒', value: '1 条' }]) })
    expect(sections[7]?.records[0]?.lines).toEqual(expect.arrayContaining([{ label: '处理说明', value: '饮水机已修好' }, { label: '读了没有', value: '未读' }]))
    expect(sections[8]?.records[0]?.lines).toEqual(expect.arrayContaining([{ label: '发送情况', value: '只放在了“消息”里' }, { label: '原因', value: '这项微信提醒还没开通' }]))
  })

  it('never prints a kind of record a newer server keeps by its collection or field names', () => {
    const newer = presentMyData({ generatedAt: exported.generatedAt, records: { training_enrolments: [{ courseKey: 'forklift', startsOn: '2026-12-20' }] } })
    expect(newer[0]?.title).toBe('其他记录')
    expect(everything(newer)).not.toContain('courseKey')
    expect(everything(newer)).toContain('2026年12月20日')
  })

  it('copies as plain text to keep, and as JSON of the records as stored to take elsewhere, without the photo links', () => {
    const text = myDataAsText(exported, '职工服务')
    expect(text).toContain('职工服务 个人数据副本')
    expect(text).toContain('生成时间：2026年12月4日 18:15')
    expect(text).toContain('【个人资料】共 1 条')
    expect(text).toContain('    昵称：张师傅')
    expect(text).not.toContain('nickname')
    const json = JSON.parse(myDataAsJson(exported)) as { records: MyDataExport['records']; fileLinks?: unknown }
    expect(json.records.users?.[0]).toMatchObject({ nickname: '张师傅', role: 'worker' })
    expect(json.fileLinks).toBeUndefined()
    expect(myDataAsText({ generatedAt: exported.generatedAt, records: {} }, '职工服务')).toContain('没有保存您的任何记录')
  })
})
