import { describe, expect, it, vi } from 'vitest'
import { taroMock } from '../../test/client/taro-mock'
import { requestSubscribeMessage } from './subscribe-message'

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

  it('tells a person who switched subscribe messages off from a failure', async () => {
    requestSubscribe.mockRejectedValueOnce({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail' })
    expect(await requestSubscribeMessage({ templateId: 'tmpl-id-0000000000001', title: 't' })).toEqual({ kind: 'unavailable', reason: 'switched-off' })
    requestSubscribe.mockRejectedValueOnce({ errCode: 10005, errMsg: 'requestSubscribeMessage:fail' })
    expect(await requestSubscribeMessage({ templateId: 'tmpl-id-0000000000001', title: 't' })).toEqual({ kind: 'unavailable', reason: 'failed' })
  })
})
