import { DELETE_MY_DATA_CONFIRMATION, PRIVACY_POLICY_VERSION } from '../../src/domain/contracts/users'
import type { FunctionName } from '../../src/domain/contracts/registry'

/**
 * One valid payload per action, for the generated contract tests. A sample may name data that does
 * not exist (the action then answers with its own error); what matters is that it passes the schema.
 * The contract tests fail when an action has no sample here, so new actions cannot slip past them.
 */
export const SAMPLE_PAYLOADS: { readonly [F in FunctionName]: Readonly<Record<string, unknown>> } = {
  users: {
    getMe: {},
    updatePreferences: { largeText: true },
    recordConsent: { kind: 'privacy-policy', version: PRIVACY_POLICY_VERSION, granted: true },
    bindPhone: { code: '13800138000' },
    exportMyData: {},
    deleteMyData: { confirmation: DELETE_MY_DATA_CONFIRMATION },
    listUsers: {},
    setRole: { userId: 'u0000000000000000nobody', role: 'worker' },
    purgeExpiredRecords: {},
  },
}
