import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UrlSigner } from '../../src/storage/url-signer'
import { connectSdk, type CloudbaseApp } from './sdk'
import { startServices, type RunningServices } from './start-services'

const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

describe('storage', () => {
  let emulator: RunningServices
  let app: CloudbaseApp

  beforeAll(async () => {
    emulator = await startServices({ storage: true })
    app = connectSdk(emulator.adminUrl)
  })

  afterAll(async () => {
    await emulator.close()
  })

  it('round-trips a file: upload, temporary URL, download, delete', async () => {
    const content = Buffer.from('维权指南 v1\n')
    const { fileID } = await app.uploadFile({ cloudPath: 'guides/维权 指南.txt', fileContent: content })
    expect(fileID).toBe('cloud://local.6c6f-local-1250000000/guides/维权 指南.txt')

    const { fileList } = await app.getTempFileURL({ fileList: [{ fileID, maxAge: 120 }] })
    expect(fileList[0]).toMatchObject({ fileID, code: 'SUCCESS' })
    const response = await fetch(encodeURI(fileList[0]?.tempFileURL ?? ''))
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer())).toEqual(content)

    const downloaded = await app.downloadFile({ fileID })
    expect(downloaded.fileContent).toEqual(content)

    const deleted = await app.deleteFile({ fileList: [fileID] })
    expect(deleted.fileList).toEqual([{ fileID, code: 'SUCCESS' }])
    const again = await app.getTempFileURL({ fileList: [fileID] })
    expect(again.fileList[0]).toMatchObject({ fileID, code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' })
    const deletedTwice = await app.deleteFile({ fileList: [fileID] })
    expect(deletedTwice.fileList).toEqual([{ fileID, code: 'STORAGE_FILE_NONEXIST' }])
  })

  it('keeps the content type, which getFileInfo reports', async () => {
    const { fileID } = await app.uploadFile({ cloudPath: 'images/logo.png', fileContent: PNG_BYTES })
    const info = await app.getFileInfo({ fileList: [fileID] })
    expect(info.fileList[0]).toMatchObject({ code: 'SUCCESS', fileName: 'logo.png', contentType: 'image/png', size: PNG_BYTES.length })
    expect(emulator.storage?.read(fileID)).toEqual({ content: PNG_BYTES, contentType: 'image/png' })
  })

  it('overwrites a file uploaded to the same path', async () => {
    await app.uploadFile({ cloudPath: 'notes/a.txt', fileContent: Buffer.from('one') })
    const { fileID } = await app.uploadFile({ cloudPath: 'notes/a.txt', fileContent: Buffer.from('two') })
    expect((await app.downloadFile({ fileID })).fileContent?.toString()).toBe('two')
  })

  it.each([
    ['../escape.txt'],
    ['a/../../escape.txt'],
    ['/absolute.txt'],
    ['a//b.txt'],
    ['a\\..\\b.txt'],
    ['./here.txt'],
  ])('refuses the cloudPath %j', async cloudPath => {
    await expect(app.uploadFile({ cloudPath, fileContent: Buffer.from('x') })).rejects.toMatchObject({ code: 'INVALID_PARAM' })
  })

  it('answers a fileID of no stored file as missing, and a foreign one as invalid', async () => {
    const { fileList } = await app.getTempFileURL({
      fileList: ['cloud://local.6c6f-local-1250000000/never/uploaded.txt', 'cloud://other.bucket/x.txt'],
    })
    expect(fileList.map(file => file.code)).toEqual(['STORAGE_FILE_NONEXIST', 'INVALID_PARAM'])
  })

  it('refuses a tampered temporary URL and a traversal attempt through the download route', async () => {
    const { fileID } = await app.uploadFile({ cloudPath: 'private/report.txt', fileContent: Buffer.from('secret') })
    const { fileList } = await app.getTempFileURL({ fileList: [fileID] })
    const url = new URL(fileList[0]?.tempFileURL ?? '')
    url.searchParams.set('sign', '0'.repeat(64))
    expect((await fetch(url)).status).toBe(403)
    const traversal = await fetch(`${emulator.origin}/storage/download/6c6f-local-1250000000/private/..%2F..%2Fpackage.json?t=9999999999&sign=00`)
    expect(traversal.status).toBe(404)
  })

  it('refuses an upload to a URL it did not sign', async () => {
    const response = await fetch(`${emulator.origin}/storage/upload/6c6f-local-1250000000/forged.txt?expires=9999999999`, {
      method: 'PUT',
      headers: { authorization: 'forged' },
      body: 'x',
    })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>')
  })

  it('treats a signed URL past its expiry as expired', () => {
    const signer = new UrlSigner()
    const expires = 1_700_000_000
    const signature = signer.sign('download', 'local/a.txt', expires)
    expect(signer.verify('download', 'local/a.txt', expires, signature, expires * 1000)).toBe('ok')
    expect(signer.verify('download', 'local/a.txt', expires, signature, expires * 1000 + 1)).toBe('expired')
    expect(signer.verify('download', 'local/b.txt', expires, signature, expires * 1000)).toBe('invalid')
    expect(signer.verify('upload', 'local/a.txt', expires, signature, expires * 1000)).toBe('invalid')
  })
})

describe('storage in a data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'emulator-storage-test-'))

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('keeps files under <dataDir>/storage/ and serves them after a restart', async () => {
    const first = await startServices({ storage: true, dataDir })
    const { fileID } = await connectSdk(first.adminUrl).uploadFile({ cloudPath: 'cases/2024/证据.pdf', fileContent: Buffer.from('%PDF-1.4') })
    await first.close()
    expect(readFileSync(join(dataDir, 'storage', 'files', 'local', 'cases', '2024', '证据.pdf'), 'utf8')).toBe('%PDF-1.4')

    const second = await startServices({ storage: true, dataDir })
    try {
      const app = connectSdk(second.adminUrl)
      expect((await app.downloadFile({ fileID })).fileContent?.toString()).toBe('%PDF-1.4')
      expect(second.storage?.files()).toEqual([expect.objectContaining({ fileID, contentType: 'application/pdf', size: 8 })])
      await app.deleteFile({ fileList: [fileID] })
      expect(existsSync(join(dataDir, 'storage', 'files', 'local', 'cases', '2024', '证据.pdf'))).toBe(false)
    } finally {
      await second.close()
    }
  })
})
