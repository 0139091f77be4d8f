/**
 * How a case ended, as the host records it when closing: one of these kinds (for the statistics) and,
 * for the worker, the kind's plain words plus the host's own. `resolved` kinds count as 化解 in the
 * monthly figures; the others were passed on or could not be settled here.
 */
export const CASE_OUTCOMES = [
  { key: 'settled', label: '调解解决', resolved: true, plain: '经过调解，您反映的问题已经解决。' },
  { key: 'advised', label: '咨询已解答', resolved: true, plain: '律师已经解答了您的问题，您可以按照建议去办。' },
  { key: 'arbitration', label: '引导劳动仲裁', resolved: false, plain: '您的事需要申请劳动仲裁，我们已经告诉您怎么申请、要带什么材料。' },
  { key: 'inspection', label: '转劳动监察', resolved: false, plain: '我们已经把您的情况转给劳动监察部门，他们会依法处理。' },
  { key: 'legal-aid-agency', label: '转法律援助机构', resolved: false, plain: '您的事已经转给法律援助机构，由他们的律师代理。' },
  { key: 'withdrawn', label: '职工撤回', resolved: false, plain: '按您的意思，这件事不再继续办理。' },
  { key: 'unresolved', label: '未能解决', resolved: false, plain: '这次没能帮您解决，需要时请再来或拨打 12351。' },
] as const

export type CaseOutcomeKind = (typeof CASE_OUTCOMES)[number]['key']

export const CASE_OUTCOME_KEYS: readonly CaseOutcomeKind[] = CASE_OUTCOMES.map(outcome => outcome.key)

export type CaseOutcome = (typeof CASE_OUTCOMES)[number]

/** An outcome by its key; a key this version does not know reads as 未能解决. */
export function outcomeOf(kind: string): CaseOutcome {
  return CASE_OUTCOMES.find(outcome => outcome.key === kind) ?? CASE_OUTCOMES[6]
}

/** Satisfaction after closing, one to five, each in words (nobody has to read stars). */
export const SATISFACTION_LABELS = ['很不满意', '不满意', '一般', '满意', '很满意'] as const

export function satisfactionLabel(score: number): string {
  return SATISFACTION_LABELS[Math.min(5, Math.max(1, Math.round(score))) - 1] ?? '一般'
}
