import type { MyProfile } from '../../src/domain/contracts/users'

/** A profile as the users function returns it for a new worker. */
export function workerProfile(overrides: Partial<MyProfile> = {}): MyProfile {
  return {
    userId: '3f9a0c11aa',
    nickname: '职工3F9A',
    role: 'worker',
    phoneMasked: null,
    largeText: false,
    consents: {},
    createdAt: '2026-11-01T02:00:00.000Z',
    ...overrides,
  }
}
