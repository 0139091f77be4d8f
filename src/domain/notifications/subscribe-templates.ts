/**
 * The catalogue of WeChat subscribe-message templates the app sends, as data: each is known in our code
 * and collections by its `key`; its WeChat template id differs per mini-program account and comes from
 * the functions' environment (`envVariable`, filled from the deploying machine's `.env` through
 * cloudbaserc.json), never from code, so one build serves test and production accounts.
 * One tap on 允许 lets the service send one message from that template (a one-time subscription).
 */

/**
 * WeChat's keyword types ("订阅消息参数值内容限制说明"): a template key is its type and position
 * (`thing1`, `character_string2`), and the type fixes what a value may hold (see template-data.ts).
 */
export const TEMPLATE_FIELD_TYPES = [
  'thing',
  'number',
  'letter',
  'symbol',
  'character_string',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
  'name',
  'phrase',
] as const
export type TemplateFieldType = (typeof TEMPLATE_FIELD_TYPES)[number]

/** One field of a template as configured in the WeChat admin console. */
export interface SubscribeTemplateField {
  /** The template's key for the field: its type and position, e.g. `thing1`, `date3`. */
  readonly key: string
  readonly type: TemplateFieldType
  /** What the field shows, in the words of the template (also the line's label in 消息). */
  readonly label: string
}

export interface SubscribeTemplate {
  readonly key: string
  /** The template's title as WeChat shows it in the prompt and on the card; also the title in 消息. */
  readonly title: string
  /** What the person will receive, said in plain words beside the control that asks for it. */
  readonly promise: string
  /** The function environment variable holding this template's WeChat id. */
  readonly envVariable: string
  readonly fields: readonly SubscribeTemplateField[]
  /** Values that fit every field, to read in the console beside the template and to test with. */
  readonly sample: Readonly<Record<string, string>>
}

/** 新一期简报提醒: sent once for each newly published bulletin, to those who switched it on. */
export const NEW_BULLETIN_TEMPLATE = {
  key: 'bulletin-new-issue',
  title: '新资讯发布提醒',
  promise: '有新一期简报或通知发布时，微信会提醒您一次。每点一次“允许”，可以收到一条提醒。',
  envVariable: 'SUBSCRIBE_TEMPLATE_BULLETIN_NEW_ISSUE',
  fields: [
    { key: 'thing1', type: 'thing', label: '资讯标题' },
    { key: 'thing2', type: 'thing', label: '发布单位' },
    { key: 'date3', type: 'date', label: '发布日期' },
  ],
  sample: { thing1: '市总工会九月份工作完成情况', thing2: '荆州市总工会', date3: '2017-09-30' },
} as const satisfies SubscribeTemplate

/** 反馈处理结果: what staff made of a worker's station problem report, sent to the reporter. */
export const STATION_REPORT_RESULT_TEMPLATE = {
  key: 'station-report-result',
  title: '反馈处理结果通知',
  promise: '工作人员处理完您的反馈后，微信会通知您一次处理结果。',
  envVariable: 'SUBSCRIBE_TEMPLATE_STATION_REPORT_RESULT',
  fields: [
    { key: 'thing1', type: 'thing', label: '反馈内容' },
    { key: 'phrase2', type: 'phrase', label: '处理结果' },
    { key: 'thing3', type: 'thing', label: '处理说明' },
    { key: 'time4', type: 'time', label: '处理时间' },
  ],
  sample: { thing1: '沙市区爱心驿站：没有开门', phrase2: '已处理', thing3: '已联系站点，恢复开放', time4: '2026-05-01T06:30:00.000Z' },
} as const satisfies SubscribeTemplate

/**
 * 服务提醒: the day before an appointment or a course, at 08:00, for what a feature registered (legal-aid
 * bookings, training sessions). The reminder mechanism sends it; features say what and when.
 */
export const SERVICE_REMINDER_TEMPLATE = {
  key: 'service-reminder',
  title: '服务预约提醒',
  promise: '预约或报名的前一天早上八点，微信会提醒您一次时间和地点。',
  envVariable: 'SUBSCRIBE_TEMPLATE_SERVICE_REMINDER',
  fields: [
    { key: 'thing1', type: 'thing', label: '服务项目' },
    { key: 'time2', type: 'time', label: '时间' },
    { key: 'thing3', type: 'thing', label: '地点' },
    { key: 'thing4', type: 'thing', label: '温馨提示' },
  ],
  sample: { thing1: '法律援助律师值班咨询', time2: '2026-05-02T01:30:00.000Z', thing3: '市职工服务中心二楼', thing4: '请带好身份证和相关材料' },
} as const satisfies SubscribeTemplate

/** 预约成功: a legal-aid booking confirmed, with when and where (the reminder the day before is 服务预约提醒). */
export const LEGAL_AID_BOOKED_TEMPLATE = {
  key: 'legal-aid-booked',
  title: '预约成功通知',
  promise: '预约成功后，微信会通知您一次时间和地点。',
  envVariable: 'SUBSCRIBE_TEMPLATE_LEGAL_AID_BOOKED',
  fields: [
    { key: 'thing1', type: 'thing', label: '预约服务' },
    { key: 'time2', type: 'time', label: '预约时间' },
    { key: 'thing3', type: 'thing', label: '地点' },
    { key: 'thing4', type: 'thing', label: '温馨提示' },
  ],
  sample: { thing1: '律师坐班：欠薪', time2: '2026-05-02T01:30:00.000Z', thing3: '职工服务中心一楼接待室', thing4: '不能来请提前2小时取消' },
} as const satisfies SubscribeTemplate

/** 咨询进度: each change of a legal-aid case after booking (received, 调解中, assigned, closed, cancelled, no-show). */
export const LEGAL_AID_PROGRESS_TEMPLATE = {
  key: 'legal-aid-progress',
  title: '咨询进度通知',
  promise: '您的咨询有进展时（接待、调解、指派律师、办结或取消），微信会通知您。每点一次“允许”，可以收到一条。',
  envVariable: 'SUBSCRIBE_TEMPLATE_LEGAL_AID_PROGRESS',
  fields: [
    { key: 'thing1', type: 'thing', label: '咨询事项' },
    { key: 'phrase2', type: 'phrase', label: '办理状态' },
    { key: 'thing3', type: 'thing', label: '说明' },
    { key: 'time4', type: 'time', label: '更新时间' },
  ],
  sample: { thing1: '工伤：律师坐班', phrase2: '已办结', thing3: '经过调解，您反映的问题已经解决', time4: '2026-05-02T06:30:00.000Z' },
} as const satisfies SubscribeTemplate

/**
 * 报名结果: a place taken, and the later turns a person cannot see coming (course cancelled, offer lapsed).
 * Joining the waitlist sends none: the position is on the screen the person tapped on, and a one-time
 * 允许 spent on it would leave the cancellation to 消息 alone.
 */
export const TRAINING_SIGNUP_RESULT_TEMPLATE = {
  key: 'training-signup-result',
  title: '报名结果通知',
  promise: '报上名、课程取消或保留的名额过期时，微信会通知您。',
  envVariable: 'SUBSCRIBE_TEMPLATE_TRAINING_SIGNUP_RESULT',
  fields: [
    { key: 'thing1', type: 'thing', label: '报名项目' },
    { key: 'phrase2', type: 'phrase', label: '报名结果' },
    { key: 'thing3', type: 'thing', label: '说明' },
  ],
  sample: { thing1: '金蓝领数控车工培训班', phrase2: '报名成功', thing3: '第一次课在12月8日，记得按时签到' },
} as const satisfies SubscribeTemplate

/** 候补名额: a freed place held for the next waiting person until the claim window ends. */
export const TRAINING_OFFER_TEMPLATE = {
  key: 'training-offer',
  title: '候补名额通知',
  promise: '候补排到您时，微信会通知您在时限内确认名额。',
  envVariable: 'SUBSCRIBE_TEMPLATE_TRAINING_OFFER',
  fields: [
    { key: 'thing1', type: 'thing', label: '报名项目' },
    { key: 'time2', type: 'time', label: '确认截止' },
    { key: 'thing3', type: 'thing', label: '温馨提示' },
  ],
  sample: { thing1: '金蓝领数控车工培训班', time2: '2026-05-02T01:30:00.000Z', thing3: '名额为您保留，请按时确认' },
} as const satisfies SubscribeTemplate

/** Every template the app may ask for and send, by key. */
export const SUBSCRIBE_TEMPLATES = {
  [NEW_BULLETIN_TEMPLATE.key]: NEW_BULLETIN_TEMPLATE,
  [STATION_REPORT_RESULT_TEMPLATE.key]: STATION_REPORT_RESULT_TEMPLATE,
  [SERVICE_REMINDER_TEMPLATE.key]: SERVICE_REMINDER_TEMPLATE,
  [LEGAL_AID_BOOKED_TEMPLATE.key]: LEGAL_AID_BOOKED_TEMPLATE,
  [LEGAL_AID_PROGRESS_TEMPLATE.key]: LEGAL_AID_PROGRESS_TEMPLATE,
  [TRAINING_SIGNUP_RESULT_TEMPLATE.key]: TRAINING_SIGNUP_RESULT_TEMPLATE,
  [TRAINING_OFFER_TEMPLATE.key]: TRAINING_OFFER_TEMPLATE,
} as const satisfies Readonly<Record<string, SubscribeTemplate>>

export type SubscribeTemplateKey = keyof typeof SUBSCRIBE_TEMPLATES

export const SUBSCRIBE_TEMPLATE_KEYS = Object.keys(SUBSCRIBE_TEMPLATES) as readonly SubscribeTemplateKey[]

/** What a feature hands over for one message of template `K`: one text per field, uncut (see template-data.ts). */
export type TemplateValues<K extends SubscribeTemplateKey> = {
  readonly [F in (typeof SUBSCRIBE_TEMPLATES)[K]['fields'][number] as F['key']]: string
}

export function isSubscribeTemplateKey(value: string): value is SubscribeTemplateKey {
  return Object.prototype.hasOwnProperty.call(SUBSCRIBE_TEMPLATES, value)
}

/**
 * WeChat's answer for one template after `requestSubscribeMessage`: `accept` grants one message, `reject`
 * is a no, `ban` means the template was banned by WeChat, `filter` that it was filtered out (e.g. its title
 * repeats another's). The last two are no as well, and nobody should be asked again for them.
 */
export const SUBSCRIBE_DECISIONS = ['accept', 'reject', 'ban', 'filter'] as const
export type SubscribeDecision = (typeof SUBSCRIBE_DECISIONS)[number]

/** A WeChat template id as the admin console gives it: letters, digits, - and _. */
export const TEMPLATE_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/
