import { describe, expect, it, vi } from 'vitest'
import { taroMock } from '../../test/client/taro-mock'
import { requestSubscribeMessage, requestSubscribeMessages } from './subscribe-message'

const requestSubscribe = vi.fn((_options: { tmplIds: string[]; entityIds: string[] }): Promise<Record<string, string>> => Promise.resolve({}))
Object.assign(taroMock, { requestSubscribeMessage: requestSubscribe })

describe('requestSubscribeMessage (weapp)', () => {
  it('asks WeChat for the template and reads the answer for its id', async () => {
    requestSubscribe.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-id-0000000000001': 'accept' })
    expect(await requestSubscribeMessage({ templateId: 'tmpl-id-0000000000001', title: '新资讯发布提醒' })).toEqual({ kind: 'answered', decision: 'accept' })
    expect(requestSubscribe).toHaveBeenCalledWith({ tmplIds: ['tmpl-id-0000000000001'], entityIds: [] })
  })

  it('takes an answer it does not know as a no', async () => {
    requestSubscribe.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-id-0000000000001': 'something-new' })
    expect(await requestSubscribeMessage({ templateId: 'tmpl-id-0000000000001', title: 't' })).toEqual({ kind: 'answered', decision: 'reject' })
  })

  it('does not ask when no template is configured', async () => {
    requestSubscribe.mockClear()
    expect(await requestSubscribeMessage({ templateId: null, title: 't' })).toEqual({ kind: 'unavailable', reason: 'no-template' })
    expect(requestSubscribe).not.toHaveBeenCalled()
  })

  it('asks for several templates in one prompt, skipping any not configured, and answers in their order', async () => {
    requestSubscribe.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-a': 'accept', 'tmpl-c': 'ban' })
    const outcomes = await requestSubscribeMessages([{ templateId: 'tmpl-a', title: 'a' }, { templateId: null, title: 'b' }, { templateId: 'tmpl-c', title: 'c' }])
    expect(requestSubscribe).toHaveBeenLastCalledWith({ tmplIds: ['tmpl-a', 'tmpl-c'], entityIds: [] })
    expect(outcomes).toEqual([{ kind: 'answered', decision: 'accept' }, { kind: 'unavailable', reason: 'no-template' }, { kind: 'answered', decision: 'ban' }])
    await expect(requestSubscribeMessages([1, 2, 3, 4].map(n => ({ templateId: `tmpl-${n}`, title: 't' })))).rejects.toThrow('at most 3')
  })

  it('tells a person who switched subscribe messages off from a failure', async () => {
    requestSubscribe.mockRejectedValueOnce({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail' })
    expect(await requestSubscribeMessage({ templateId: 'tmpl-id-0000000000001', title: 't' })).toEqual({ kind: 'unavailable', reason: 'switched-off' })
    requestSubscribe.mockRejectedValueOnce({ errCode: 10005, errMsg: 'requestSubscribeMessage:fail' })
    expect(await requestSubscribeMessage({ templateId: 'tmpl-id-0000000000001', title: 't' })).toEqual({ kind: 'unavailable', reason: 'failed' })
  })
})
