import * as v from 'valibot'

/** What the router learns from checking a payload: the parsed value, or words for the person and field paths for the log. */
export type PayloadCheck<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string; readonly fields: readonly string[] }

/** The longest error message a function answers with; anything quoted from the request is cut well before. */
export const ERROR_MESSAGE_MAX = 200
const ISSUES_SHOWN = 3

/** A short, cut excerpt of `text` for an error message, so a megabyte of input is never echoed back. */
export function excerpt(text: string, max: number): string {
  const characters = Array.from(text)
  return characters.length <= max ? text : `${characters.slice(0, Math.max(0, max - 1)).join('')}…`
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function lengthUnit(input: unknown): string {
  return Array.isArray(input) ? '项' : '个字'
}

/**
 * Plain Chinese for each kind of validation failure, by the validator's issue type. Messages a schema
 * sets itself (the domain's own words, such as 说明最多 200 个字) are kept: valibot prefers them.
 * Nothing from the input is quoted.
 */
function issueInChinese(issue: v.BaseIssue<unknown>): string {
  const requirement = typeof issue.requirement === 'number' || typeof issue.requirement === 'string' ? String(issue.requirement) : ''
  switch (issue.type) {
    case 'string':
      return '应当是文字'
    case 'number':
      return '应当是数字'
    case 'boolean':
      return '应当是“是”或“否”'
    case 'array':
      return '应当是一组内容'
    case 'object':
    case 'strict_object':
    case 'loose_object':
      if (issue.expected === 'never') return '有不认识的内容'
      if (issue.received === 'undefined') return '缺少必须填写的内容'
      return '格式不对'
    case 'picklist':
    case 'literal':
    case 'enum':
    case 'union':
    case 'variant':
      return '不是可以选的内容'
    case 'nullable':
    case 'optional':
      return '格式不对'
    case 'min_length':
      return requirement === '1' && !Array.isArray(issue.input) ? '不能为空' : `至少 ${requirement} ${lengthUnit(issue.input)}`
    case 'max_length':
      return `最多 ${requirement} ${lengthUnit(issue.input)}`
    case 'length':
      return `应当是 ${requirement} ${lengthUnit(issue.input)}`
    case 'min_value':
      return `不能小于 ${requirement}`
    case 'max_value':
      return `不能大于 ${requirement}`
    case 'integer':
      return '应当是整数'
    case 'iso_date':
      return '日期应当写成 2026-01-31 这样'
    case 'regex':
      return '格式不对'
    default:
      return '不符合要求'
  }
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const sentences = [...new Set(issues.map(issue => issue.message))].slice(0, ISSUES_SHOWN)
  return excerpt(`填写的内容有误：${sentences.join('；')}`, ERROR_MESSAGE_MAX)
}

function fieldPaths(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return [...new Set(issues.map(issue => (issue.path ?? []).map(item => excerpt(String(item.key), 40)).join('.')))].slice(0, 5)
}

/**
 * Checks a request payload against its action's schema, in one place for every function: the payload
 * must be a plain object (an array is not `{}`, though the validator would take it as one), and every
 * failure is answered in plain Chinese.
 */
export function checkPayload<S extends v.GenericSchema>(schema: S, payload: unknown): PayloadCheck<v.InferOutput<S>> {
  if (!isPlainObject(payload)) return { ok: false, message: '填写的内容有误：请求的格式不对', fields: [] }
  const parsed = v.safeParse(schema, payload, { message: issueInChinese })
  if (parsed.success) return { ok: true, value: parsed.output }
  return { ok: false, message: describeIssues(parsed.issues), fields: fieldPaths(parsed.issues) }
}
