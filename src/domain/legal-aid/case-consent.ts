/**
 * The separate consent asked before a worker's own account of their problem (and any evidence photos)
 * is stored: PIPL art. 29 requires separate consent for sensitive personal information, and what a
 * worker writes about an injury, a dismissal or wages owed is that. A new version is asked again.
 */
export const CASE_DESCRIPTION_CONSENT_VERSION = '2026-11-23'

export interface CaseConsentText {
  readonly title: string
  readonly purpose: string
  readonly whoSees: string
  readonly howLong: string
  readonly withdraw: string
  /** The words beside the box the worker ticks. */
  readonly agreement: string
}

/** The consent in the words shown, with the retention staff configured. */
export function caseConsentText(retentionYears: number): CaseConsentText {
  return {
    title: '同意保存您的情况说明',
    purpose: '您写的情况说明和上传的照片，只用来让接待您的人提前了解情况、帮您办理。',
    whoSees: '能看到的只有：您本人、接待您的律师或工会工作人员、后来负责跟进的律师或领导。每次查看都有记录。',
    howLong: `案件办结后保存 ${retentionYears} 年，到期自动删除说明、照片、电话和单位名称，只留下不含个人信息的统计数字。`,
    withdraw: '您可以随时在“我的 → 我的数据”里删除这些内容。不同意也可以预约，见面时再当面说。',
    agreement: '我同意保存我的情况说明和照片',
  }
}
