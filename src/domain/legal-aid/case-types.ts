/**
 * What workers come to the reception room about, in the words on the buttons and in the statistics.
 * Data, in display order; the keys are stored on cases and never change.
 */
export const CASE_TYPES = [
  { key: 'unpaid-wages', label: '欠薪', hint: '工资被拖欠、克扣' },
  { key: 'work-injury', label: '工伤', hint: '上班受伤、职业病、工伤认定' },
  { key: 'labour-contract', label: '劳动合同', hint: '没签合同、合同纠纷' },
  { key: 'social-insurance', label: '社保', hint: '没交社保、社保断缴' },
  { key: 'dismissal', label: '解除劳动关系', hint: '被辞退、离职补偿' },
  { key: 'other', label: '其他', hint: '其他劳动方面的问题' },
] as const

export type CaseType = (typeof CASE_TYPES)[number]['key']

export const CASE_TYPE_KEYS: readonly CaseType[] = CASE_TYPES.map(type => type.key)

/** The case type in words; a key this version does not know reads as 其他. */
export function caseTypeLabel(key: string): string {
  return CASE_TYPES.find(type => type.key === key)?.label ?? '其他'
}
