import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_STORAGE_RULES, parseStorageRules, readStorageRules, type RuleContext } from '../../src/storage/storage-rules'

const as = (openid: string | null, owner: string | null, path = 'photos/a.jpg'): RuleContext => ({
  auth: openid === null ? null : { openid },
  resource: { openid: owner, path },
})

describe('storage security rules', () => {
  it('reads the creator-only template CloudBase documents, and holds clients to it', () => {
    const rules = parseStorageRules({ read: 'resource.openid == auth.openid', write: 'resource.openid == auth.openid' }, 'test')
    expect(rules.write(as('o-a', 'o-a'))).toBe(true)
    expect(rules.write(as('o-b', 'o-a'))).toBe(false)
    expect(rules.read(as('o-b', 'o-a'))).toBe(false)
    // A file the server uploaded has no owner: no client may overwrite it, and a guest owns nothing.
    expect(rules.write(as('o-a', null))).toBe(false)
    expect(rules.write(as(null, null))).toBe(false)
  })

  it('defaults to CloudBase’s basic permission: everyone reads, only the creator writes', () => {
    expect(DEFAULT_STORAGE_RULES.read(as('o-b', 'o-a'))).toBe(true)
    expect(DEFAULT_STORAGE_RULES.write(as('o-b', 'o-a'))).toBe(false)
    expect(DEFAULT_STORAGE_RULES.write(as('o-a', 'o-a'))).toBe(true)
  })

  it('takes booleans, and refuses whatever is not given', () => {
    const rules = parseStorageRules({ read: true }, 'test')
    expect(rules.read(as(null, 'o-a'))).toBe(true)
    expect(rules.write(as('o-a', 'o-a'))).toBe(false)
    expect(parseStorageRules({}, 'test').read(as('o-a', 'o-a'))).toBe(false)
  })

  it('evaluates !, &&, ||, parentheses, null and string literals', () => {
    const rules = parseStorageRules(
      { read: 'auth != null && (resource.openid == auth.openid || resource.path == "public/notice.png")', write: "!(auth == null) && auth.loginType != 'ANONYMOUS'" },
      'test',
    )
    expect(rules.read(as('o-b', 'o-a', 'public/notice.png'))).toBe(true)
    expect(rules.read(as('o-b', 'o-a'))).toBe(false)
    expect(rules.read(as(null, null, 'public/notice.png'))).toBe(false)
    expect(rules.write(as('o-b', 'o-a'))).toBe(true)
    expect(rules.write({ auth: { openid: 'o-b', loginType: 'ANONYMOUS' }, resource: { openid: null, path: 'x' } })).toBe(false)
  })

  it('refuses rules CloudBase would not take, naming what is wrong', () => {
    expect(() => parseStorageRules({ read: 'request.auth != null' }, 'rules.json')).toThrow(/unknown variable "request"/)
    expect(() => parseStorageRules({ write: 'resource.owner == auth.openid' }, 'rules.json')).toThrow(/resource has no such field/)
    expect(() => parseStorageRules({ write: 'auth.openid ==' }, 'rules.json')).toThrow(/ends too early/)
    expect(() => parseStorageRules({ write: 'resource.path.startsWith("a")' }, 'rules.json')).toThrow(/rules.json/)
    expect(() => parseStorageRules({ read: true, delete: false }, 'rules.json')).toThrow(/"delete"/)
    expect(() => parseStorageRules({ read: 1 }, 'rules.json')).toThrow(/true, false or an expression/)
    expect(() => parseStorageRules([], 'rules.json')).toThrow(/object/)
  })

  it('reads a rules file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'storage-rules-')), 'storage-security-rules.json')
    writeFileSync(path, JSON.stringify({ read: 'resource.openid == auth.openid', write: false }))
    const rules = await readStorageRules(path)
    expect(rules.read(as('o-a', 'o-a'))).toBe(true)
    expect(rules.write(as('o-a', 'o-a'))).toBe(false)
    writeFileSync(path, '{ not json')
    await expect(readStorageRules(path)).rejects.toThrow(/not JSON/)
  })
})
