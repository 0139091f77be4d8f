import { PRIVACY_POLICY_VERSION, type ConsentKind, type ConsentRecord } from '../../../domain/contracts/users'
import { formatShanghaiFullDateTime } from '../../../lib/shanghai-time'
import type { StatusTone } from '../../../ui/status-badge'

/** Where a person stands with one consent, as the privacy page shows it. */
export interface ConsentStatus {
  readonly state: 'granted' | 'withdrawn' | 'outdated' | 'none'
  readonly tone: StatusTone
  /** The state in words, for the badge. */
  readonly label: string
  /** One sentence with the version and the date of the decision. */
  readonly detail: string
}

/** Describes one consent record against the policy version the app shows now. */
export function consentStatus(
  consents: Readonly<Partial<Record<ConsentKind, ConsentRecord>>>,
  kind: ConsentKind,
  currentVersion: string = PRIVACY_POLICY_VERSION,
): ConsentStatus {
  const record = consents[kind]
  if (record === undefined) {
    return { state: 'none', tone: 'neutral', label: '未同意', detail: `当前版本 ${currentVersion}，您还没有作出选择。` }
  }
  const when = formatShanghaiFullDateTime(Date.parse(record.decidedAt))
  if (!record.granted) {
    return { state: 'withdrawn', tone: 'warning', label: '已撤回', detail: `您在 ${when} 撤回了同意（版本 ${record.version}）。` }
  }
  if (record.version !== currentVersion) {
    return {
      state: 'outdated',
      tone: 'warning',
      label: '需重新确认',
      detail: `您在 ${when} 同意的是旧版本 ${record.version}，当前版本是 ${currentVersion}。`,
    }
  }
  return { state: 'granted', tone: 'success', label: '已同意', detail: `您在 ${when} 同意了版本 ${record.version}。` }
}
