import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseStorageRules } from '../../src/storage/storage-rules'
import { connectSdk, type CloudbaseApp } from './sdk'
import { startServices, type RunningServices } from './start-services'

interface UploadAnswer {
  fileID?: string
  statusCode?: number
  errMsg: string
  errCode?: number
}

describe('client gateway: file uploads', () => {
  let emulator: RunningServices
  let app: CloudbaseApp

  beforeAll(async () => {
    emulator = await startServices({ functions: {}, gateway: true, storage: true })
    app = connectSdk(emulator.adminUrl)
  })

  afterAll(async () => {
    await emulator.close()
  })

  async function upload(body: Buffer | string, headers: Record<string, string>): Promise<{ status: number; body: UploadAnswer; headers: Headers }> {
    const response = await fetch(`${emulator.origin}/client/storage/upload`, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) })
    return { status: response.status, body: (await response.json()) as UploadAnswer, headers: response.headers }
  }

  const asWorker = (cloudPath: string, extra: Record<string, string> = {}) => ({
    'x-wx-openid': 'o-worker-1',
    'x-cloud-path': encodeURIComponent(cloudPath),
    'content-type': 'image/jpeg',
    ...extra,
  })

  it('stores the bytes at the cloud path and answers with the fileID, as wx.cloud.uploadFile does', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    const { status, body } = await upload(bytes, asWorker('reports/2026-11/门口.jpg'))
    expect(status).toBe(200)
    expect(body).toEqual({ fileID: 'cloud://local.6c6f-local-1250000000/reports/2026-11/门口.jpg', statusCode: 200, errMsg: 'cloud.uploadFile:ok' })
    expect(emulator.storage?.read(body.fileID ?? '')).toEqual({ content: bytes, contentType: 'image/jpeg' })
  })

  it('makes the file readable by the server SDK, as a mini-program upload is', async () => {
    const { body } = await upload('hello', asWorker('notes/hello.txt', { 'content-type': 'text/plain' }))
    const { fileList } = await app.getTempFileURL({ fileList: [body.fileID ?? ''] })
    const response = await fetch(encodeURI(fileList[0]?.tempFileURL ?? ''))
    expect(await response.text()).toBe('hello')
  })

  it('uploads into the environment named in X-WX-ENV', async () => {
    const { body } = await upload('x', asWorker('a.txt', { 'x-wx-env': 'prod-1a2b' }))
    expect(body.fileID).toMatch(/^cloud:\/\/prod-1a2b\./)
  })

  it.each([
    ['no identity', { 'x-cloud-path': 'a.txt' }, 401],
    ['no cloud path', { 'x-wx-openid': 'o-1' }, 400],
    ['a path that climbs out of the bucket', { 'x-wx-openid': 'o-1', 'x-cloud-path': encodeURIComponent('../etc/passwd') }, 400],
    ['a malformed environment', { 'x-wx-openid': 'o-1', 'x-cloud-path': 'a.txt', 'x-wx-env': 'bad env' }, 400],
  ])('refuses %s, like wx.cloud, and stores nothing', async (_case, headers, status) => {
    const before = emulator.storage?.files().length
    const answer = await upload('x', headers)
    expect(answer.status).toBe(status)
    expect(answer.body.errMsg).toMatch(/^cloud\.uploadFile:fail /)
    expect(emulator.storage?.files().length).toBe(before)
  })

  it('holds uploads to the storage rules: by default nobody overwrites a file someone else uploaded', async () => {
    const mine = await upload('the owner’s photo', asWorker('photos/2026-11/mine.jpg'))
    expect(mine.status).toBe(200)
    const fileID = mine.body.fileID ?? ''
    expect(emulator.storage?.ownerOf(fileID)).toBe('o-worker-1')

    const overwrite = await upload('someone else’s bytes', asWorker('photos/2026-11/mine.jpg', { 'x-wx-openid': 'o-worker-2' }))
    expect(overwrite.status).toBe(403)
    expect(overwrite.body.errMsg).toMatch(/^cloud\.uploadFile:fail permission denied/)
    expect(emulator.storage?.read(fileID)?.content.toString()).toBe('the owner’s photo')

    expect((await upload('a better photo', asWorker('photos/2026-11/mine.jpg'))).status).toBe(200)
    expect(emulator.storage?.read(fileID)?.content.toString()).toBe('a better photo')
  })

  it('lets no client overwrite a file the server uploaded', async () => {
    const { fileID } = await app.uploadFile({ cloudPath: 'official/notice.png', fileContent: Buffer.from('official') })
    expect(emulator.storage?.ownerOf(fileID)).toBeNull()
    expect((await upload('defaced', asWorker('official/notice.png'))).status).toBe(403)
    expect(emulator.storage?.read(fileID)?.content.toString()).toBe('official')
  })

  it('refuses an empty file', async () => {
    expect((await upload(Buffer.alloc(0), asWorker('empty.jpg'))).status).toBe(400)
  })

  it('answers loopback pages with CORS headers and refuses other origins', async () => {
    const loopback = await upload('x', asWorker('cors.txt', { origin: 'http://127.0.0.1:10086' }))
    expect(loopback.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086')
    const foreign = await upload('x', asWorker('cors.txt', { origin: 'https://example.com' }))
    expect(foreign.status).toBe(403)
    const preflight = await fetch(`${emulator.origin}/client/storage/upload`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-cloud-path')
  })
})

describe('client gateway: uploads under given storage rules', () => {
  it('follows the rules it is given rather than a built-in policy', async () => {
    const closed = await startServices({ functions: {}, gateway: true, storage: true, storageRules: parseStorageRules({ read: true, write: false }, 'test rules') })
    try {
      const response = await fetch(`${closed.origin}/client/storage/upload`, {
        method: 'POST',
        headers: { 'x-wx-openid': 'o-worker-1', 'x-cloud-path': 'photos/a.jpg' },
        body: 'x',
      })
      expect(response.status).toBe(403)
      expect(closed.storage?.files()).toEqual([])
    } finally {
      await closed.close()
    }
  })
})
