import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeCloudFunction } from '../../../test/client/fake-cloud-function'
import { storage, taroMock } from '../../../test/client/taro-mock'
import { typeInto } from '../../../test/client/type-into'
import { workerProfile } from '../../../test/client/users-fixtures'
import { DELETE_MY_DATA_CONFIRMATION, PRIVACY_POLICY_VERSION, type MyProfile } from '../../domain/contracts/users'
import { getElderMode, setElderMode } from '../../ui/text-scale'
import { BindPhone } from './components/bind-phone'
import { DeleteMyDataPanel } from './components/delete-my-data-panel'
import { MyDataExport } from './components/my-data-export'
import { PrivacyConsentSheet } from './components/privacy-consent-sheet'
import { ProfileCard } from './components/profile-card'
import { useElderModeSetting } from './hooks/use-elder-mode-setting'
import { usePrivacyConsent } from './hooks/use-privacy-consent'
import { readLocalConsentVersion, writeLocalConsentVersion } from './model/consent-storage'
import { registerConsentGate, ensureConsent } from '../../lib/privacy/consent-gate'
import { privacyConsentGate } from './model/consent-gate'
import { clearConsentDecline } from './model/consent-prompt'
import { DELETION_SUMMARY } from './model/deletion-summary'
import { getProfileState, loadProfile, resetProfile, setProfile } from './model/profile-store'

const decidedAt = '2026-11-03T06:05:00.000Z'

/** A users function that keeps one profile, as the lead's server does for one caller. */
function fakeUsersFunction(initial: MyProfile = workerProfile()) {
  let profile = initial
  const calls = fakeCloudFunction('users', (action, payload) => {
    const input = typeof payload === 'object' && payload !== null ? payload : {}
    switch (action) {
      case 'getMe':
        return { ok: true, data: profile }
      case 'recordConsent': {
        const { kind, version, granted } = input as { kind: 'privacy-policy'; version: string; granted: boolean }
        profile = { ...profile, consents: { ...profile.consents, [kind]: { version, granted, decidedAt } } }
        return { ok: true, data: profile }
      }
      case 'updatePreferences':
        profile = { ...profile, ...input }
        return { ok: true, data: profile }
      case 'bindPhone': {
        const { code } = input as { code: string }
        if (!/^1\d{10}$/.test(code)) return { ok: false, error: { code: 'USERS.PHONE_CODE_INVALID', message: 'bad code' } }
        profile = { ...profile, phoneMasked: `${code.slice(0, 3)}****${code.slice(-4)}` }
        return { ok: true, data: profile }
      }
      case 'exportMyData':
        return { ok: true, data: { generatedAt: decidedAt, records: { users: [{ nickname: profile.nickname }], enrollments: [] } } }
      case 'deleteMyData':
        return { ok: true, data: { deletedAt: decidedAt, removed: { users: 1, enrollments: 2 }, filesDeleted: 1 } }
      default:
        return { ok: false, error: { code: 'COMMON.UNKNOWN_ACTION', message: action } }
    }
  })
  return { calls, current: () => profile }
}

const grantedConsent = { 'privacy-policy': { version: PRIVACY_POLICY_VERSION, granted: true, decidedAt } }

beforeEach(() => {
  resetProfile()
  clearConsentDecline()
  setElderMode(false)
})

describe('profile store', () => {
  it('loads the profile once for everyone asking at the same time', async () => {
    const server = fakeUsersFunction()
    await Promise.all([loadProfile(), loadProfile(), loadProfile()])
    expect(server.calls.map(call => call.action)).toEqual(['getMe'])
    expect(getProfileState()).toMatchObject({ status: 'ready', profile: { nickname: '职工3F9A' } })
  })

  it('applies the profile’s 长辈模式 on this phone', async () => {
    fakeUsersFunction(workerProfile({ largeText: true }))
    await loadProfile()
    expect(getElderMode()).toBe(true)
  })

  it('keeps the failure so the page can offer 重试', async () => {
    taroMock.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail request:fail' })
    await loadProfile()
    expect(getProfileState().status).toBe('error')
  })
})

describe('first-visit consent', () => {
  it('asks before any call is made, and records consent to the current version on 同意并继续', async () => {
    const server = fakeUsersFunction()
    render(<PrivacyConsentSheet />)

    expect(screen.getByRole('dialog', { name: '欢迎使用职工服务' })).toBeTruthy()
    expect(server.calls).toEqual([])

    fireEvent.click(screen.getByLabelText('同意并继续'))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(server.calls.map(call => call.action)).toEqual(['getMe', 'recordConsent'])
    expect(server.calls[1]?.payload).toEqual({ kind: 'privacy-policy', version: PRIVACY_POLICY_VERSION, granted: true })
    expect(server.calls[1]?.requestId).toMatch(/^[a-z0-9]{20}$/)
    expect(readLocalConsentVersion()).toBe(PRIVACY_POLICY_VERSION)
    expect(getProfileState().status).toBe('ready')
  })

  it('lets the person browse without agreeing, remembers it on the phone, and asks again when a feature needs the consent', () => {
    const server = fakeUsersFunction()
    registerConsentGate(privacyConsentGate)
    render(<PrivacyConsentSheet />)
    fireEvent.click(screen.getByLabelText('暂不同意，只浏览'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(server.calls).toEqual([])
    expect(readLocalConsentVersion()).toBeNull()
    expect(storage.get('users.privacy-consent-declined')).toBe(true)

    let allowed = true
    act(() => {
      allowed = ensureConsent()
    })
    expect(allowed).toBe(false)
    expect(screen.getByRole('dialog', { name: '欢迎使用职工服务' })).toBeTruthy()
    // Asked again is not agreed: the decline stays remembered until the person says yes.
    expect(storage.get('users.privacy-consent-declined')).toBe(true)
  })

  it('lets a feature go ahead once the person has agreed', () => {
    registerConsentGate(privacyConsentGate)
    writeLocalConsentVersion(PRIVACY_POLICY_VERSION)
    expect(ensureConsent()).toBe(true)
  })

  it('keeps 长辈模式 chosen before agreeing when the new profile is created', async () => {
    const server = fakeUsersFunction()
    setElderMode(true)
    const { result } = renderHook(() => usePrivacyConsent())

    await act(async () => {
      await result.current.grant.run()
    })

    expect(server.calls.map(call => call.action)).toEqual(['getMe', 'recordConsent', 'updatePreferences'])
    expect(server.current().largeText).toBe(true)
    expect(getElderMode()).toBe(true)
  })

  it('records a withdrawal and forgets the consent on this phone', async () => {
    const server = fakeUsersFunction(workerProfile({ consents: grantedConsent }))
    writeLocalConsentVersion(PRIVACY_POLICY_VERSION)
    await loadProfile()
    const { result } = renderHook(() => usePrivacyConsent())

    await act(async () => {
      await result.current.withdraw.run()
    })

    expect(server.calls.at(-1)?.payload).toEqual({ kind: 'privacy-policy', version: PRIVACY_POLICY_VERSION, granted: false })
    expect(readLocalConsentVersion()).toBeNull()
    expect(result.current.shouldAsk).toBe(false)
  })
})

describe('我的 profile card', () => {
  it('shows the nickname, the role in words and that no phone is bound', async () => {
    fakeUsersFunction(workerProfile({ role: 'staff' }))
    await loadProfile()
    render(<ProfileCard />)
    expect(screen.getByText('职工3F9A')).toBeTruthy()
    expect(screen.getByText('工会工作人员')).toBeTruthy()
    expect(screen.getByText('未绑定')).toBeTruthy()
  })

  it('shows only the masked phone number', async () => {
    fakeUsersFunction(workerProfile({ phoneMasked: '138****8000' }))
    await loadProfile()
    render(<ProfileCard />)
    expect(screen.getByText('138****8000')).toBeTruthy()
  })

  it('explains why nothing shows before consent, with a way to agree', () => {
    render(<ProfileCard />)
    expect(screen.getByLabelText('阅读并同意隐私政策')).toBeTruthy()
  })
})

describe('长辈模式 setting', () => {
  it('applies at once on the phone and saves to the profile', async () => {
    const server = fakeUsersFunction(workerProfile({ consents: grantedConsent }))
    await loadProfile()
    const { result } = renderHook(() => useElderModeSetting())

    act(() => result.current.change(true))

    expect(getElderMode()).toBe(true)
    await waitFor(() => expect(server.current().largeText).toBe(true))
    expect(storage.get('ui.elder-mode.v1')).toBe(true)
  })

  it('works on the phone alone before there is a profile', () => {
    const server = fakeUsersFunction()
    const { result } = renderHook(() => useElderModeSetting())
    act(() => result.current.change(true))
    expect(getElderMode()).toBe(true)
    expect(server.calls).toEqual([])
  })
})

describe('phone binding (H5 demo)', () => {
  it('binds a typed demo number and shows it masked', async () => {
    const server = fakeUsersFunction(workerProfile({ consents: grantedConsent }))
    setProfile(workerProfile({ consents: grantedConsent }))
    render(<BindPhone bound={false} />)

    fireEvent.click(screen.getByLabelText('绑定手机号'))
    const field = screen.getByLabelText('手机号')
    typeInto(field, '13800138000')
    fireEvent.click(await screen.findByLabelText('绑定'))

    await waitFor(() => expect(server.calls.map(call => call.action)).toEqual(['bindPhone']))
    expect(server.calls[0]?.payload).toEqual({ code: '13800138000' })
    await waitFor(() => expect(getProfileState()).toMatchObject({ profile: { phoneMasked: '138****8000' } }))
  })
})

describe('我的数据', () => {
  it('shows the export in words and copies it as text, and as JSON by its own button', async () => {
    fakeUsersFunction(workerProfile({ nickname: '老王' }))
    render(<MyDataExport />)

    fireEvent.click(screen.getByLabelText('查看我的数据'))

    expect(await screen.findByText('个人资料（1 条）')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('复制全部内容'))
    await waitFor(() => expect(taroMock.setClipboardData).toHaveBeenCalledTimes(1))
    expect(taroMock.setClipboardData.mock.calls[0]?.[0].data).toContain('昵称：老王')
    expect(taroMock.setClipboardData.mock.calls[0]?.[0].data).not.toContain('nickname')
    await waitFor(() => expect(taroMock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制' })))

    // The machine-readable copy is its own button: the records as stored, as JSON.
    fireEvent.click(screen.getByLabelText('复制为文件：JSON 格式'))
    await waitFor(() => expect(taroMock.setClipboardData).toHaveBeenCalledTimes(2))
    expect(JSON.parse(taroMock.setClipboardData.mock.calls[1]?.[0].data ?? '')).toMatchObject({ records: { users: [{ nickname: '老王' }] } })
  })

  it('deletes after two taps, the first saying what goes, with nothing to type, then reports what was removed', async () => {
    const server = fakeUsersFunction(workerProfile({ consents: grantedConsent }))
    writeLocalConsentVersion(PRIVACY_POLICY_VERSION)
    render(<DeleteMyDataPanel />)

    fireEvent.click(screen.getByLabelText('删除我的数据'))
    expect(screen.getByRole('dialog', { name: '删除前，请看清会删除什么' })).toBeTruthy()
    for (const line of DELETION_SUMMARY) expect(screen.getByText(`· ${line}`)).toBeTruthy()
    expect(screen.queryByRole('textbox')).toBeNull()
    fireEvent.click(screen.getByLabelText('下一步'))
    expect(server.calls).toEqual([])

    // 不删了 on the second screen leaves everything as it was.
    fireEvent.click(screen.getByLabelText('不删了'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(server.calls).toEqual([])

    fireEvent.click(screen.getByLabelText('删除我的数据'))
    fireEvent.click(screen.getByLabelText('下一步'))
    fireEvent.click(screen.getByLabelText('永久删除'))

    expect(await screen.findByText('课程报名')).toBeTruthy()
    expect(screen.getByText('2 条')).toBeTruthy()
    expect(screen.getByText('您上传的照片')).toBeTruthy()
    expect(screen.getByText('1 张')).toBeTruthy()
    expect(server.calls).toHaveLength(1)
    expect(server.calls[0]).toMatchObject({ action: 'deleteMyData', payload: { confirmation: DELETE_MY_DATA_CONFIRMATION } })
    expect(readLocalConsentVersion()).toBeNull()
    expect(getProfileState().status).toBe('idle')
  })
})
