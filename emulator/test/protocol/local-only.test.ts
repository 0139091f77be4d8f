import { request } from 'node:http'
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator'
import { SDK_HEADERS } from '../helpers/raw-admin'
import { FIXTURES } from '../services/start-services'

/*
 * The emulator binds loopback, but a web page in the developer's browser can reach loopback: by
 * sending requests itself (it then names itself in Origin) or by rebinding its own domain to
 * 127.0.0.1 (it then names that domain as the Host). Neither may reach /admin, the test controls or
 * the client gateway.
 */

let emulator: RunningEmulator
const logs: string[] = []
beforeAll(async () => {
  emulator = await startEmulator({
    inMemory: true,
    database: { collections: [{ name: 'things' }] },
    functionsDir: `${FIXTURES}/functions`,
    cloudbaserc: `${FIXTURES}/cloudbaserc.json`,
    functionTimers: 'manual',
    log: line => logs.push(line),
  })
  await emulator.seed('things', [{ _id: 't1', n: 1 }])
})
afterAll(async () => emulator.stop())

interface RawAnswer {
  readonly status: number
  readonly body: string
}

/** A request with whatever Host header a test needs (fetch always sends the real one). */
function rawRequest(method: string, path: string, headers: Record<string, string>, body = ''): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: emulator.port, method, path, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, response => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

const removeAll = JSON.stringify({ action: 'database.removeDocument', collectionName: 'things', queryType: 'WHERE', multi: true })

describe('/admin answers local tools only', () => {
  it('refuses a request a web page sends (any Origin), even with the SDK headers, and changes nothing', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:10086', 'null']) {
      const answer = await rawRequest('POST', '/admin', { ...SDK_HEADERS, host: `127.0.0.1:${emulator.port}`, origin }, removeAll)
      expect(answer.status, origin).toBe(403)
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(emulator.database.find('things')).toEqual([{ _id: 't1', n: 1 }])
  })

  it('refuses a request addressed to another host name, as a DNS-rebinding page sends it', async () => {
    const answer = await rawRequest('POST', '/admin', { ...SDK_HEADERS, host: `rebound.example:${emulator.port}` }, removeAll)
    expect(answer.status).toBe(403)
    expect(emulator.database.find('things')).toHaveLength(1)
  })

  it('accepts what @cloudbase/node-sdk sends: a loopback Host and no Origin', async () => {
    for (const host of [`127.0.0.1:${emulator.port}`, `localhost:${emulator.port}`]) {
      const answer = await rawRequest('POST', '/admin', { ...SDK_HEADERS, host }, JSON.stringify({ action: 'database.getDocument', collectionName: 'things' }))
      expect(answer.status, host).toBe(200)
      expect(JSON.parse(answer.body).data.list).toHaveLength(1)
    }
  })

  it('refuses a rebound Host on the test controls and the client gateway too', async () => {
    const host = `rebound.example:${emulator.port}`
    expect((await rawRequest('GET', '/emulator/wx/outbox', { host })).status).toBe(403)
    expect((await rawRequest('POST', '/client/functions/echo', { host, 'content-type': 'application/json', 'x-wx-openid': 'o-1' }, '{}')).status).toBe(403)
    expect((await rawRequest('POST', '/client/functions/echo', { host: `127.0.0.1:${emulator.port}`, 'content-type': 'application/json', 'x-wx-openid': 'o-1' }, '{}')).status).toBe(200)
  })
})

/** Reads HTTP/1.1 answers off a socket, one at a time (content-length framed, as the emulator answers). */
function answerReader(socket: Socket): () => Promise<{ status: number; headers: string; body: string }> {
  let buffered = Buffer.alloc(0)
  const waiting: (() => void)[] = []
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk])
    for (const wake of waiting.splice(0)) wake()
  })
  return async () => {
    for (;;) {
      const end = buffered.indexOf('\r\n\r\n')
      if (end !== -1) {
        const head = buffered.subarray(0, end).toString('latin1')
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? '0')
        if (buffered.length >= end + 4 + length) {
          const body = buffered.subarray(end + 4, end + 4 + length).toString('utf8')
          buffered = buffered.subarray(end + 4 + length)
          return { status: Number(head.split(' ')[1]), headers: head, body }
        }
      }
      await new Promise<void>(resolve => waiting.push(resolve))
    }
  }
}

describe('oversized and deeply nested requests', () => {
  it('answers 413 to an oversized gateway call and keeps the keep-alive connection usable for the next request', async () => {
    const socket = connect(emulator.port, '127.0.0.1')
    const nextAnswer = answerReader(socket)
    // A megabyte over the 6 MB limit, sent as a client streams it: the part past the limit arrives after the refusal.
    const size = 7 * 1024 * 1024
    socket.write(`POST /client/functions/echo HTTP/1.1\r\nHost: 127.0.0.1:${emulator.port}\r\nContent-Type: application/json\r\nX-WX-OPENID: o-1\r\nContent-Length: ${size}\r\n\r\n`)
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    for (let sent = 0; sent < size; sent += chunk.length) {
      if (!socket.write(chunk)) await new Promise(resolve => socket.once('drain', resolve))
    }
    const refused = await nextAnswer()
    expect(refused.status).toBe(413)
    socket.write(`POST /client/functions/whoami HTTP/1.1\r\nHost: 127.0.0.1:${emulator.port}\r\nContent-Type: application/json\r\nX-WX-OPENID: o-2\r\nContent-Length: 2\r\n\r\n{}`)
    const next = await nextAnswer()
    expect(next.status).toBe(200)
    expect(JSON.parse(next.body).result).toMatchObject({ before: 'o-2' })
    socket.destroy()
  })

  it('passes an event nested 5,000 levels deep through the gateway to the function instead of failing in the emulator', async () => {
    const nested = '{"n":'.repeat(5000) + '1' + '}'.repeat(5000)
    const small = await rawRequest('POST', '/client/functions/whoami', { host: `127.0.0.1:${emulator.port}`, 'content-type': 'application/json', 'x-wx-openid': 'o-deep' }, nested)
    expect(small.status).toBe(200)
    expect(JSON.parse(small.body).result).toMatchObject({ before: 'o-deep' })
    // echo serialises the event itself: that fails inside the function, which is the function's own typed failure.
    const echoed = await rawRequest('POST', '/client/functions/echo', { host: `127.0.0.1:${emulator.port}`, 'content-type': 'application/json', 'x-wx-openid': 'o-deep' }, nested)
    expect(echoed.status).toBe(500)
    expect(JSON.parse(echoed.body)).toMatchObject({ errCode: -504002, errMsg: expect.stringContaining('RangeError') })
    expect(logs.some(line => line.startsWith('internal error'))).toBe(false)
  })

  it('answers INVALID_PARAM, not SYS_ERR, to a database request nested 5,000 levels deep, and refuses documents deeper than MongoDB stores', async () => {
    const nested = '{"n":'.repeat(5000) + '1' + '}'.repeat(5000)
    const deep = await rawRequest('POST', '/admin', { ...SDK_HEADERS, host: `127.0.0.1:${emulator.port}` }, JSON.stringify({ action: 'database.insertDocument', collectionName: 'things', data: [nested] }))
    expect(JSON.parse(deep.body)).toMatchObject({ code: 'INVALID_PARAM' })
    const level = (depth: number): string => '{"n":'.repeat(depth) + '1' + '}'.repeat(depth)
    const insert = (depth: number): Promise<RawAnswer> => rawRequest('POST', '/admin', { ...SDK_HEADERS, host: `127.0.0.1:${emulator.port}` }, JSON.stringify({ action: 'database.insertDocument', collectionName: 'things', data: [level(depth)] }))
    expect(JSON.parse((await insert(101)).body)).toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: 'cannot insert document because it exceeds 100 levels of nesting' })
    expect(JSON.parse((await insert(100)).body).data.insertedIds).toHaveLength(1)
    expect(emulator.database.find('things')).toHaveLength(2)
  })
})

describe('the log', () => {
  it("does not write a client upload's openid", async () => {
    const response = await fetch(`${emulator.origin}/client/storage/upload`, {
      method: 'POST',
      headers: { 'x-wx-openid': 'o-private-caller-7', 'x-cloud-path': 'photos/p.jpg', 'content-type': 'image/jpeg' },
      body: new Uint8Array([1, 2, 3]),
    })
    expect(response.status).toBe(200)
    expect(logs.some(line => line.includes('photos/p.jpg'))).toBe(true)
    expect(logs.filter(line => line.includes('o-private-caller-7'))).toEqual([])
  })
})
