import { describe, expect, it, vi } from 'vitest'
import { DELETE_MY_DATA_CONFIRMATION, usersContract } from '../domain/contracts/users'
import { CommonErrorCode } from '../domain/contracts/error-codes'
import type { FunctionRequest } from '../domain/contracts/envelope'
import { CloudError } from './cloud-error'
import { createCallAction, DEFAULT_TIMEOUT_MS } from './cloud-client'
import { getNoSignal } from './network-status'
import type { CloudTransport } from './cloud-transport-types'
import { caughtCloudError } from '../../test/client/caught-cloud-error'

const profile = {
  userId: 'u1',
  nickname: '职工U1',
  role: 'worker',
  phoneMasked: null,
  largeText: false,
  consents: {},
  createdAt: '2026-11-01T00:00:00.000Z',
}

function fakeTransport(answer: unknown) {
  const sent: Array<{ name: string; request: FunctionRequest; deadlineMs: number }> = []
  const transport: CloudTransport = async (name, request, deadlineMs) => {
    sent.push({ name, request, deadlineMs })
    return answer
  }
  return { transport, sent }
}

describe('callAction', () => {
  it('sends the action, the validated payload and a requestId to the contract function, and resolves the data', async () => {
    const { transport, sent } = fakeTransport({ ok: true, data: profile })
    const callAction = createCallAction(transport)

    const result = await callAction(usersContract, 'updatePreferences', { largeText: true })

    expect(result).toEqual(profile)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.name).toBe('users')
    expect(sent[0]?.request.action).toBe('updatePreferences')
    expect(sent[0]?.request.payload).toEqual({ largeText: true })
    expect(sent[0]?.request.requestId).toMatch(/^[a-z0-9]{20}$/)
    expect(sent[0]?.deadlineMs).toBe(DEFAULT_TIMEOUT_MS)
  })

  it('refuses a bad payload on the phone: nothing is sent', async () => {
    const transport = vi.fn<CloudTransport>()
    const callAction = createCallAction(transport)

    const error = await caughtCloudError(callAction(usersContract, 'recordConsent', { kind: 'privacy-policy', version: '', granted: true }))

    expect(error.code).toBe(CommonErrorCode.InvalidPayload)
    expect(error.retryable).toBe(false)
    expect(transport).not.toHaveBeenCalled()
  })

  it('refuses a payload with keys the contract does not know', async () => {
    const transport = vi.fn<CloudTransport>()
    const callAction = createCallAction(transport)
    const payload = JSON.parse('{"largeText":true,"role":"admin"}')

    const error = await caughtCloudError(callAction(usersContract, 'updatePreferences', payload))

    expect(error.code).toBe(CommonErrorCode.InvalidPayload)
    expect(transport).not.toHaveBeenCalled()
  })

  it('sends the payload as the schema outputs it (trimmed nickname)', async () => {
    const { transport, sent } = fakeTransport({ ok: true, data: profile })
    await createCallAction(transport)(usersContract, 'updatePreferences', { nickname: '  老王  ' })
    expect(sent[0]?.request.payload).toEqual({ nickname: '老王' })
  })

  it('keeps the requestId it is given, so a retried write is the same request', async () => {
    const { transport, sent } = fakeTransport({ ok: true, data: { deletedAt: '2026-11-01T00:00:00.000Z', removed: {}, filesDeleted: 0 } })
    const callAction = createCallAction(transport)

    await callAction(usersContract, 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { requestId: 'retry-key-0001' })
    await callAction(usersContract, 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { requestId: 'retry-key-0001' })

    expect(sent.map(entry => entry.request.requestId)).toEqual(['retry-key-0001', 'retry-key-0001'])
  })

  it('passes the caller’s deadline to the transport', async () => {
    const { transport, sent } = fakeTransport({ ok: true, data: profile })
    await createCallAction(transport)(usersContract, 'getMe', {}, { timeoutMs: 3_000 })
    expect(sent[0]?.deadlineMs).toBe(3_000)
  })

  it('turns a function’s own error into a CloudError with its code and message', async () => {
    const { transport } = fakeTransport({ ok: false, error: { code: 'USERS.PHONE_CODE_INVALID', message: 'code expired' } })

    const error = await caughtCloudError(createCallAction(transport)(usersContract, 'bindPhone', { code: 'abc' }))

    expect(error.code).toBe('USERS.PHONE_CODE_INVALID')
    expect(error.message).toBe('code expired')
    expect(error.retryable).toBe(false)
  })

  it('marks common server failures that may pass as retryable', async () => {
    const { transport } = fakeTransport({ ok: false, error: { code: 'COMMON.INTERNAL', message: 'boom' } })
    const error = await caughtCloudError(createCallAction(transport)(usersContract, 'getMe', {}))
    expect(error.code).toBe(CommonErrorCode.Internal)
    expect(error.retryable).toBe(true)
  })

  it('treats an error code outside the contract as an internal error', async () => {
    const { transport } = fakeTransport({ ok: false, error: { code: 'LEGAL_AID.SLOT_FULL', message: 'full' } })
    const error = await caughtCloudError(createCallAction(transport)(usersContract, 'getMe', {}))
    expect(error.code).toBe(CommonErrorCode.Internal)
  })

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['an envelope without ok', { data: 1 }],
    ['ok false without an error', { ok: false }],
    ['an error without a code', { ok: false, error: { message: 'x' } }],
  ])('treats %s as a malformed answer', async (_label, answer) => {
    const { transport } = fakeTransport(answer)
    const error = await caughtCloudError(createCallAction(transport)(usersContract, 'getMe', {}))
    expect(error.code).toBe(CommonErrorCode.Internal)
  })

  it('passes on the transport’s network and timeout errors unchanged', async () => {
    const offline: CloudTransport = () => Promise.reject(new CloudError(CommonErrorCode.Network, 'offline'))
    const slow: CloudTransport = () => Promise.reject(new CloudError(CommonErrorCode.Timeout, 'slow'))

    const networkError = await caughtCloudError(createCallAction(offline)(usersContract, 'getMe', {}))
    const timeoutError = await caughtCloudError(createCallAction(slow)(usersContract, 'getMe', {}))

    expect([networkError.code, networkError.retryable]).toEqual([CommonErrorCode.Network, true])
    expect([timeoutError.code, timeoutError.retryable]).toEqual([CommonErrorCode.Timeout, true])
  })
})

describe('the no-signal state every page shows', () => {
  it('turns on as soon as a call gets no answer for lack of network, and off with the next answer of any kind', async () => {
    let answer: () => unknown = () => ({ ok: true, data: profile })
    const callAction = createCallAction(async () => answer())
    await callAction(usersContract, 'getMe', {})
    expect(getNoSignal()).toBe(false)

    answer = () => {
      throw new CloudError(CommonErrorCode.Network, 'network request failed')
    }
    await expect(callAction(usersContract, 'getMe', {})).rejects.toThrow(CloudError)
    expect(getNoSignal()).toBe(true)

    // A refusal is an answer: the phone reached the function.
    answer = () => ({ ok: false, error: { code: CommonErrorCode.Forbidden, message: 'no' } })
    await expect(callAction(usersContract, 'getMe', {})).rejects.toThrow(CloudError)
    expect(getNoSignal()).toBe(false)

    answer = () => {
      throw new CloudError(CommonErrorCode.Timeout, 'no answer within 15000 ms')
    }
    await expect(callAction(usersContract, 'getMe', {})).rejects.toThrow(CloudError)
    expect(getNoSignal()).toBe(true)
  })
})
