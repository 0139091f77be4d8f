import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PRIVACY_POLICY_VERSION } from '../../domain/contracts/users'

// bootstrapProfile runs once per launch: each test gets fresh modules (a fresh launch), and so
// imports the Taro double and the fake function from the same fresh module graph.
beforeEach(() => {
  vi.resetModules()
})

async function launch() {
  const { fakeCloudFunction } = await import('../../../test/client/fake-cloud-function')
  const { workerProfile } = await import('../../../test/client/users-fixtures')
  const calls = fakeCloudFunction('users', () => ({ ok: true, data: workerProfile() }))
  const consentStorage = await import('./model/consent-storage')
  const store = await import('./model/profile-store')
  const refresh = await import('../../lib/data-refresh')
  return { calls, ...consentStorage, ...store, ...refresh }
}

describe('profile at launch', () => {
  it('loads nothing on a phone that has not agreed to the privacy policy', async () => {
    const app = await launch()

    app.bootstrapProfile()

    expect(app.calls).toEqual([])
    expect(app.getProfileState().status).toBe('idle')
  })

  it('loads the profile on a phone that agreed before', async () => {
    const app = await launch()
    app.writeLocalConsentVersion(PRIVACY_POLICY_VERSION)

    app.bootstrapProfile()
    await app.loadProfile()

    expect(app.calls.map(call => call.action)).toEqual(['getMe'])
    expect(app.getProfileState().status).toBe('ready')
  })

  it('reloads the profile when the app asks for fresh data (another demo identity)', async () => {
    const app = await launch()
    app.writeLocalConsentVersion(PRIVACY_POLICY_VERSION)
    app.bootstrapProfile()
    await app.loadProfile()

    app.requestDataRefresh()
    await app.loadProfile()

    expect(app.calls.map(call => call.action)).toEqual(['getMe', 'getMe'])
  })
})
