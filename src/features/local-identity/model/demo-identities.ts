import type { DemoOpenid } from '../../../lib/demo-openid'

/** One seeded demo person of the local stack. */
export interface DemoIdentity {
  readonly openid: DemoOpenid
  /** The role in words, as the bar shows it. */
  readonly label: string
}

/** The people the lead's seed creates, with the role each was given. */
export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  { openid: 'demo-worker', label: '职工' },
  { openid: 'demo-staff', label: '工会工作人员' },
  { openid: 'demo-lawyer', label: '律师' },
  { openid: 'demo-admin', label: '管理员' },
]
