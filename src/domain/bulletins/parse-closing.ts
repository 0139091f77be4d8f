import type { BodyUnit } from './body-units'
import { BULLETIN_LIMITS, type BulletinDistribution } from './bulletin'
import { isPhoneNumber, normalisePhone, readClosingLine, splitRecipients, type ClosingField } from './closing-line'
import { normaliseInlineText } from './inline-text'
import type { ParseLog } from './parse-log'
import { isColon } from './punctuation'

/** The closing block: who the bulletin went to, its editor and the phone to call. */
export interface ClosingReading {
  readonly distribution: BulletinDistribution
  readonly editor: string | null
  readonly phone: string | null
}

/** Reads the 报/发/抄送 lists, 责任编辑 and 联系电话; each may appear once. */
export function readClosing(units: readonly BodyUnit[], log: ParseLog): ClosingReading {
  const lists: Record<'reportTo' | 'sendTo' | 'copyTo', string[]> = { reportTo: [], sendTo: [], copyTo: [] }
  let editor: string | null = null
  let phone: string | null = null
  const seen = new Map<ClosingField, number>()

  for (const unit of units) {
    for (const entry of readClosingLine(unit.text)) {
      const earlier = seen.get(entry.field)
      if (earlier !== undefined) {
        log.error(unit.line, `“${entry.label}”重复：第 ${earlier} 行已经写过`)
        continue
      }
      seen.set(entry.field, unit.line)
      if (entry.field === 'editor') {
        const name = normaliseInlineText(entry.value)
        if (name === '') log.warn(unit.line, `“${entry.label}：”后面没有名字`)
        else if ([...name].some((ch) => isColon(ch))) log.error(unit.line, `无法识别“${entry.label}：${name}”：冒号后应只有编辑的名字`)
        else if (name.length > BULLETIN_LIMITS.editorChars) log.error(unit.line, `编辑名字超过 ${BULLETIN_LIMITS.editorChars} 字`)
        else {
          editor = name
          log.recognise(unit.line, 'editor', name)
        }
      } else if (entry.field === 'phone') {
        const number = normalisePhone(entry.value)
        if (number === '') log.warn(unit.line, `“${entry.label}：”后面没有号码`)
        else if (!isPhoneNumber(number) || number.length > BULLETIN_LIMITS.phoneChars) {
          log.error(unit.line, `“${entry.value}”不像电话号码：只能有数字、- 和括号，例如 0716-8219262`)
        } else {
          phone = number
          log.recognise(unit.line, 'phone', number)
        }
      } else {
        const names = splitRecipients(entry.value)
        if (names.length === 0) log.warn(unit.line, `“${entry.label}：”后面没有单位`)
        if (names.length > BULLETIN_LIMITS.recipients) {
          log.error(unit.line, `“${entry.label}”的单位超过 ${BULLETIN_LIMITS.recipients} 个`)
        }
        for (const name of names) {
          if (name.length > BULLETIN_LIMITS.recipientChars) {
            log.error(unit.line, `单位名称超过 ${BULLETIN_LIMITS.recipientChars} 字：“${name}”`)
          }
        }
        lists[entry.field] = names
        log.recognise(unit.line, entry.field, names.join('、'))
      }
    }
  }
  return { distribution: lists, editor, phone }
}
