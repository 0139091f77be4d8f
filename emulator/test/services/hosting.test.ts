import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ActionRegistry } from '../../src/action-registry'
import { installHosting } from '../../src/hosting/install-hosting'
import { RouteTable } from '../../src/http/route-table'
import type { ServiceContext } from '../../src/service-context'
import { installWxApi } from '../../src/wx/install-wx-api'
import { FIXTURES, startServices, type RunningServices } from './start-services'

const SITE = join(FIXTURES, 'hosting')

/** GETs a raw path, unnormalised (fetch would resolve `..` before sending). */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', headers }, res => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('static hosting', () => {
  let emulator: RunningServices

  beforeAll(async () => {
    emulator = await startServices({ functions: {}, gateway: true, wx: {}, storage: true, hostingDir: SITE })
  })

  afterAll(async () => {
    await emulator.close()
  })

  it('serves index.html at / with no-cache', async () => {
    const response = await rawGet(emulator.origin, '/')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.body).toContain('职工服务')
  })

  it('caches content-hashed assets for a year, with the right MIME type', async () => {
    const response = await rawGet(emulator.origin, '/assets/app.3f2a9c1b.js')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('revalidates assets without a content hash', async () => {
    const response = await rawGet(emulator.origin, '/css/style.css')
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('serves a folder\'s index.html', async () => {
    expect((await rawGet(emulator.origin, '/docs/')).body).toContain('<title>docs</title>')
  })

  it('redirects a folder addressed without its trailing slash', async () => {
    const response = await rawGet(emulator.origin, '/docs')
    expect(response.status).toBe(301)
    expect(response.headers.location).toBe('/docs/')
  })

  it('answers 304 to a request with the current ETag', async () => {
    const first = await rawGet(emulator.origin, '/css/style.css')
    const second = await rawGet(emulator.origin, '/css/style.css', { 'if-none-match': String(first.headers.etag) })
    expect(second.status).toBe(304)
  })

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${emulator.origin}/index.html`, { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it.each([
    ['/missing.html'],
    ['/../cloudbaserc.json'],
    ['/%2e%2e/cloudbaserc.json'],
    ['/assets/..%2F..%2Fcloudbaserc.json'],
    ['/.hidden-notes.txt'],
    ['/%00index.html'],
    ['/%E0%A4%A'],
  ])('answers 404 for %s', async path => {
    expect((await rawGet(emulator.origin, path)).status).toBe(404)
  })

  it('never shadows the emulator\'s own endpoints', async () => {
    expect((await rawGet(emulator.origin, '/emulator/wx/outbox')).body).toBe('[]')
    expect((await rawGet(emulator.origin, '/client/functions/echo')).status).toBe(404)
    expect(JSON.parse((await rawGet(emulator.origin, '/admin')).body)).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('stays the lowest-priority route even when installed first', () => {
    const routes = new RouteTable()
    const context: ServiceContext = { registry: new ActionRegistry(), routes, dataDir: undefined, origin: () => '', adminUrl: () => '', log: () => {} }
    installHosting(context, { dir: SITE })
    installWxApi(context)
    const route = routes.find('GET', '/emulator/wx/outbox')
    expect(route?.path).toBe('/emulator/wx/outbox')
    expect(routes.find('GET', '/assets/app.3f2a9c1b.js')).toBeDefined()
  })
})
