import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator'
import { connectSdk } from './sdk'
import { FIXTURES } from './start-services'

describe('services inside startEmulator', () => {
  let emulator: RunningEmulator
  const logs: string[] = []

  beforeAll(async () => {
    emulator = await startEmulator({
      inMemory: true,
      cloudbaserc: join(FIXTURES, 'cloudbaserc.json'),
      functionTimers: 'manual',
      hostingDir: join(FIXTURES, 'hosting'),
      log: line => logs.push(line),
    })
  })

  afterAll(async () => {
    await emulator.stop()
  })

  it('serves functions, the wx outbox, storage, the client gateway and hosting from one port', async () => {
    const app = connectSdk(emulator.adminUrl)
    expect((await app.callFunction({ name: 'thrower', data: {} })).result).toEqual({ fine: true })

    await emulator.functions?.invoke('notifier', { apiName: '/wxa/getwxacodeunlimit', requestData: { scene: 'x=1' } })
    expect(emulator.wx.outbox().map(entry => entry.apiName)).toEqual(['/wxa/getwxacodeunlimit'])

    const { fileID } = await app.uploadFile({ cloudPath: 'wiring/check.txt', fileContent: Buffer.from('ok') })
    expect(emulator.storage.read(fileID)?.content.toString()).toBe('ok')

    const gateway = await fetch(emulator.gateway?.urlFor('whoami') ?? '', {
      method: 'POST',
      headers: { 'x-wx-openid': 'o-wiring' },
      body: '{}',
    })
    expect(((await gateway.json()) as { result: { after: string } }).result.after).toBe('o-wiring')

    expect((await fetch(`${emulator.origin}/`)).headers.get('content-type')).toBe('text/html; charset=utf-8')
  })
})

describe('the wx option of startEmulator', () => {
  it('checks subscribe messages against the templates it declares', async () => {
    const emulator = await startEmulator({ inMemory: true, wx: { templates: { 'tmpl-declared-0001': { keys: ['thing1'] } } } })
    try {
      const app = connectSdk(emulator.adminUrl)
      const send = async (templateId: string) => {
        const { result } = await app.callWxOpenApi({
          apiName: '/cgi-bin/message/subscribe/send',
          requestData: { touser: 'o-wiring', template_id: templateId, data: { thing1: { value: '已处理' } } },
        })
        return (result as { errcode: number }).errcode
      }
      expect(await send('tmpl-declared-0001')).toBe(0)
      expect(await send('tmpl-not-declared-01')).toBe(40037)
    } finally {
      await emulator.stop()
    }
  })
})
