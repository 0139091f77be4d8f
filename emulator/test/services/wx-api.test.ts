import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { WxApiService } from '../../src/wx/install-wx-api'
import { checkKeywordValue } from '../../src/wx/subscribe-message-rules'
import { connectSdk, type CloudbaseApp } from './sdk'
import { startServices, type RunningServices } from './start-services'

const SEND = '/cgi-bin/message/subscribe/send'
const TEMPLATE = 'tmpl-booking-confirmed'

interface Answer {
  errcode: number
  errmsg: string
  [field: string]: unknown
}

function validMessage(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    touser: 'oUser_123-abc',
    template_id: TEMPLATE,
    page: 'pages/legal-aid/booking?id=42',
    miniprogram_state: 'developer',
    lang: 'zh_CN',
    data: {
      thing1: { value: '劳动合同纠纷咨询' },
      time2: { value: '2024年10月1日 15:01' },
      phrase3: { value: '已预约' },
    },
    ...overrides,
  }
}

/** Reads a PNG's signature and IHDR size without a decoder. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('wx.api outbox', () => {
  let emulator: RunningServices
  let wx: WxApiService
  let app: CloudbaseApp

  async function call(apiName: string, requestData: unknown): Promise<Answer> {
    const { result } = await app.callWxOpenApi({ apiName, requestData })
    return result as Answer
  }

  beforeAll(async () => {
    emulator = await startServices({
      functions: {},
      wx: { templates: { [TEMPLATE]: { keys: ['thing1', 'time2', 'phrase3'] } }, appId: 'wx-test-app' },
    })
    if (!emulator.wx) throw new Error('wx not installed')
    wx = emulator.wx
    app = connectSdk(emulator.adminUrl)
  })

  beforeEach(() => wx.clearOutbox())

  afterAll(async () => {
    await emulator.close()
  })

  it('answers a valid subscribe message with ok and a msgid, and records it', async () => {
    const answer = await call(SEND, validMessage())
    expect(answer).toMatchObject({ errcode: 0, errmsg: 'ok' })
    expect(typeof answer.msgid).toBe('number')
    const [entry, ...rest] = wx.outbox()
    expect(rest).toEqual([])
    expect(entry).toMatchObject({ id: expect.any(Number), apiName: SEND, requestData: validMessage(), response: answer })
    expect(Date.parse(entry?.at ?? '')).not.toBeNaN()
  })

  it('records calls made by a function through the cloud call, in order', async () => {
    await emulator.functions?.invoke('notifier', { requestData: validMessage() })
    await emulator.functions?.invoke('notifier', { requestData: validMessage({ touser: '' }) })
    expect(wx.outbox().map(entry => entry.response.errcode)).toEqual([0, 40003])
  })

  it('accepts the API name with or without its leading slash', async () => {
    expect((await call('cgi-bin/message/subscribe/send', validMessage())).errcode).toBe(0)
    expect(wx.outbox()[0]?.apiName).toBe(SEND)
  })

  it.each([
    ['an empty touser', { touser: '' }, 40003],
    ['a touser that is not an openid', { touser: 'not an openid!' }, 40003],
    ['no template_id', { template_id: '' }, 40037],
    ['an undeclared template_id', { template_id: 'tmpl-unknown' }, 40037],
    ['a bad miniprogram_state', { miniprogram_state: 'production' }, 47003],
    ['a bad lang', { lang: 'fr_FR' }, 47003],
    ['no data', { data: {} }, 47003],
    ['an unknown field', { url: 'https://example.com' }, 47003],
  ])('refuses a message with %s', async (_, overrides, errcode) => {
    const answer = await call(SEND, validMessage(overrides))
    expect(answer.errcode).toBe(errcode)
    expect(answer.errmsg).toMatch(/ rid: /)
  })

  it('refuses a missing template keyword, naming it', async () => {
    const answer = await call(SEND, validMessage({ data: { thing1: { value: '咨询' }, time2: { value: '15:01' } } }))
    expect(answer).toMatchObject({ errcode: 47003 })
    expect(answer.errmsg).toContain('argument invalid! data.phrase3.value is empty')
  })

  it('refuses a keyword the template does not have', async () => {
    const data = { thing1: { value: '咨询' }, time2: { value: '15:01' }, phrase3: { value: '已预约' }, thing9: { value: 'x' } }
    const answer = await call(SEND, validMessage({ data }))
    expect(answer.errcode).toBe(47003)
    expect(answer.errmsg).toContain('data.thing9')
  })

  it('refuses a value that breaks its keyword rule, naming the field', async () => {
    const data = { thing1: { value: '这是一个超过二十个字符长度限制的事物描述文字内容' }, time2: { value: '15:01' }, phrase3: { value: '已预约' } }
    const answer = await call(SEND, validMessage({ data }))
    expect(answer.errcode).toBe(47003)
    expect(answer.errmsg).toContain('argument invalid! data.thing1.value invalid')
  })

  it('answers an injected failure for the next N matching calls, then recovers', async () => {
    wx.failNext(2, 43101, SEND)
    const answers = [await call(SEND, validMessage()), await call(SEND, validMessage()), await call(SEND, validMessage())]
    expect(answers.map(answer => answer.errcode)).toEqual([43101, 43101, 0])
    expect(answers[0]?.errmsg).toContain('user refuse to accept the msg')
    expect(wx.outbox().map(entry => entry.response.errcode)).toEqual([43101, 43101, 0])
  })

  it('applies an injected failure only to the API it names', async () => {
    wx.failNext(1, 45009, '/wxa/getwxacodeunlimit')
    expect((await call(SEND, validMessage())).errcode).toBe(0)
    expect((await call('/wxa/getwxacodeunlimit', { scene: 'a=1' })).errcode).toBe(45009)
  })

  it('fails loudly for an API the emulator does not serve, naming it', async () => {
    await expect(call('/cgi-bin/message/custom/send', {})).rejects.toMatchObject({
      code: 'UNSUPPORTED_ACTION',
      message: expect.stringContaining('/cgi-bin/message/custom/send'),
    })
  })

  it('answers getwxacodeunlimit with a real PNG QR code of the requested width', async () => {
    const answer = await call('/wxa/getwxacodeunlimit', { scene: 'station=42&x=1', page: 'pages/stations/detail', width: 300, check_path: false })
    expect(answer).toMatchObject({ errcode: 0, errmsg: 'ok', contentType: 'image/png' })
    const png = Buffer.from(String(answer.buffer), 'base64')
    const { width, height } = pngSize(png)
    expect(width).toBe(300)
    expect(height).toBe(300)
  })

  it('clamps the QR width to what WeChat allows', async () => {
    const answer = await call('/wxa/getwxacodeunlimit', { scene: 'a', width: 5000 })
    expect(pngSize(Buffer.from(String(answer.buffer), 'base64')).width).toBe(1280)
  })

  it.each([
    ['an empty scene', { scene: '' }, 40169],
    ['a scene over 32 characters', { scene: 'x'.repeat(33) }, 40169],
    ['a scene with characters WeChat refuses', { scene: '中文' }, 40169],
    ['a page with a leading slash', { scene: 'a', page: '/pages/index/index' }, 41030],
    ['a page with a query string', { scene: 'a', page: 'pages/index/index?x=1' }, 41030],
    ['a bad env_version', { scene: 'a', env_version: 'beta' }, 40097],
  ])('refuses a mini-program code request with %s', async (_, request, errcode) => {
    expect((await call('/wxa/getwxacodeunlimit', request)).errcode).toBe(errcode)
  })

  it('exchanges a phone-number code for a deterministic mainland number with a watermark', async () => {
    const first = await call('/wxa/business/getuserphonenumber', { code: 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4' })
    expect(first).toMatchObject({ errcode: 0, errmsg: 'ok', phone_info: { countryCode: '86', watermark: { appid: 'wx-test-app' } } })
    const info = first.phone_info as { phoneNumber: string; purePhoneNumber: string; watermark: { timestamp: number } }
    expect(info.purePhoneNumber).toMatch(/^1[3-9]\d{9}$/)
    expect(info.phoneNumber).toBe(info.purePhoneNumber)
    expect(Number.isInteger(info.watermark.timestamp)).toBe(true)
    const other = await call('/wxa/business/getuserphonenumber', { code: 'another-code-0000000000000000000' })
    expect((other.phone_info as { purePhoneNumber: string }).purePhoneNumber).not.toBe(info.purePhoneNumber)
  })

  it('returns the number itself for a code that is a mainland mobile number, as often as asked', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await call('/wxa/business/getuserphonenumber', { code: '13800138000' })
      expect((answer.phone_info as { purePhoneNumber: string }).purePhoneNumber).toBe('13800138000')
    }
  })

  it('refuses a phone-number code used twice, as WeChat does', async () => {
    expect((await call('/wxa/business/getuserphonenumber', { code: 'one-time-code-1' })).errcode).toBe(0)
    expect((await call('/wxa/business/getuserphonenumber', { code: 'one-time-code-1' })).errcode).toBe(40163)
  })

  it.each([[''], ['has spaces in it'], [42]])('answers 40029 for the code %j', async code => {
    expect((await call('/wxa/business/getuserphonenumber', { code })).errcode).toBe(40029)
  })

  describe('HTTP controls', () => {
    it('lists, fails and clears the outbox over loopback HTTP', async () => {
      await call(SEND, validMessage())
      const listed = await (await fetch(`${emulator.origin}/emulator/wx/outbox`)).json() as Array<{ apiName: string }>
      expect(listed.map(entry => entry.apiName)).toEqual([SEND])

      const failed = await fetch(`${emulator.origin}/emulator/wx/fail-next`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ count: 1, errcode: 43101, apiName: SEND }),
      })
      expect(failed.status).toBe(204)
      expect((await call(SEND, validMessage())).errcode).toBe(43101)

      expect((await fetch(`${emulator.origin}/emulator/wx/outbox`, { method: 'DELETE' })).status).toBe(204)
      expect(wx.outbox()).toEqual([])
    })

    it('refuses a malformed fail-next request', async () => {
      const response = await fetch(`${emulator.origin}/emulator/wx/fail-next`, { method: 'POST', body: JSON.stringify({ count: 0, errcode: 43101 }) })
      expect(response.status).toBe(400)
    })
  })
})

describe('subscribe message keyword rules', () => {
  it.each([
    ['thing1', '二十个字以内的事物描述也可以有数字123和ABC', false],
    ['thing1', '劳动合同纠纷咨询 2 号窗口', true],
    ['thing2', '', false],
    ['number1', '339208499', true],
    ['number1', '12.50', true],
    ['number1', '12a', false],
    ['number1', '1'.repeat(33), false],
    ['letter1', 'abcXYZ', true],
    ['letter1', 'abc1', false],
    ['symbol1', '!@#', true],
    ['symbol1', '!@#$%^', false],
    ['symbol1', 'a!', false],
    ['character_string1', 'ORD-2024-0001', true],
    ['character_string1', 'x'.repeat(33), false],
    ['character_string1', '订单1', false],
    ['time1', '15:01', true],
    ['time1', '2019年10月1日 15:01', true],
    ['time1', '2024-10-01 09:30:00', true],
    ['time1', '15:01~17:30', true],
    ['time1', '2019年10月1日', false],
    ['time1', '25:00', false],
    ['date1', '2019年10月1日', true],
    ['date1', '2019年10月1日 15:01', true],
    ['date1', '2024-10-01~2024-10-07', true],
    ['date1', '下周一', false],
    ['amount1', '¥100.00', true],
    ['amount1', '100元', true],
    ['amount1', '12345678901', false],
    ['amount1', '1.234', false],
    ['phone_number1', '+86-0766-66888866', true],
    ['phone_number1', '138001380001234567', false],
    ['phone_number1', 'call me', false],
    ['car_number1', '粤A8Z888挂', true],
    ['car_number1', '粤A8Z8888挂', false],
    ['car_number1', 'A粤8888', false],
    ['name1', '张三', true],
    ['name1', '欧阳娜娜娜娜娜娜娜娜娜', false],
    ['name1', 'Zhang San', true],
    ['name1', 'Zhang3', false],
    ['phrase1', '已预约', true],
    ['phrase1', '货物配送中了', false],
    ['phrase1', 'OK', false],
    ['enum1', '待支付', true],
    ['const1', '岗亭登记', true],
  ])('%s = %j is accepted: %s', (key, value, accepted) => {
    expect(checkKeywordValue(key, value) === undefined).toBe(accepted)
  })

  it('refuses keys with no keyword type WeChat knows', () => {
    expect(checkKeywordValue('site01', 'TIT创意园')).toContain('no known keyword type')
  })

  it('accepts numbers as values of numeric keywords', () => {
    expect(checkKeywordValue('number1', 42)).toBeUndefined()
    expect(checkKeywordValue('thing1', { nested: true })).toContain('invalid')
  })
})
