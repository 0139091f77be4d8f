/**
 * The WeChat subscribe-message templates the app asks for, as data. Each is known in our code and
 * collections by its `key`; its WeChat template id differs per mini-program account and comes from the
 * function's environment (`envVariable`), so one build serves test and production accounts.
 * One tap on 允许 lets the service send one message from that template (a one-time subscription).
 */

/** One field of a template as configured in the WeChat admin console (`thing1` is a 事物 of ≤ 20 characters). */
export interface SubscribeTemplateField {
  /** The template's key for the field, its type prefix and position, e.g. `thing1`, `date2`. */
  readonly key: string
  /** What the field shows, in the words of the template. */
  readonly label: string
  /** WeChat's cap on the value, in characters. */
  readonly maxChars: number
}

export interface SubscribeTemplate {
  readonly key: string
  /** The template's title as WeChat shows it in the prompt. */
  readonly title: string
  /** What the person will receive, said in plain words beside the switch that asks for it. */
  readonly promise: string
  /** The function environment variable holding this template's WeChat id. */
  readonly envVariable: string
  readonly fields: readonly SubscribeTemplateField[]
}

/** 新一期简报提醒: sent once for each newly published bulletin, to those who asked. */
export const NEW_BULLETIN_TEMPLATE = {
  key: 'bulletin-new-issue',
  title: '新资讯发布提醒',
  promise: '有新一期简报或通知发布时，微信会提醒您一次。每点一次“允许”，可以收到一条提醒。',
  envVariable: 'SUBSCRIBE_TEMPLATE_BULLETIN_NEW_ISSUE',
  fields: [
    { key: 'thing1', label: '资讯标题', maxChars: 20 },
    { key: 'thing2', label: '发布单位', maxChars: 20 },
    { key: 'date3', label: '发布日期', maxChars: 20 },
  ],
} as const satisfies SubscribeTemplate

/** Every template the app may ask for, by key. */
export const SUBSCRIBE_TEMPLATES = {
  [NEW_BULLETIN_TEMPLATE.key]: NEW_BULLETIN_TEMPLATE,
} as const satisfies Readonly<Record<string, SubscribeTemplate>>

export type SubscribeTemplateKey = keyof typeof SUBSCRIBE_TEMPLATES

/**
 * WeChat's answer for one template after `requestSubscribeMessage`: `accept` grants one message, `reject`
 * is a no, `ban` means the template was banned by WeChat, `filter` that it was filtered out (e.g. its title
 * repeats another's). The last two are no as well, and nobody should be asked again for them.
 */
export const SUBSCRIBE_DECISIONS = ['accept', 'reject', 'ban', 'filter'] as const
export type SubscribeDecision = (typeof SUBSCRIBE_DECISIONS)[number]

/** A WeChat template id as the admin console gives it: letters, digits, - and _. */
export const TEMPLATE_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/
