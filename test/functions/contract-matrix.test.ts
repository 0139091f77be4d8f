import * as fc from 'fast-check'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActionContract } from '../../src/domain/contracts/define-contract'
import { functionContracts, type FunctionName } from '../../src/domain/contracts/registry'
import { ROLES, type Caller } from '../../src/domain/contracts/roles'
import { seedDemoUsers } from '../../scripts/seed/demo-users'
import { startTestStack, type TestCaller, type TestStack } from '../support/test-stack'
import { SAMPLE_PAYLOADS } from './sample-payloads'

/**
 * Generated from the contract registry: for every action of every function, each caller is allowed
 * or refused exactly as declared, forged identities change nothing, and bad payloads are refused
 * with COMMON.INVALID_PAYLOAD leaving the database untouched.
 */

const callerOf = (caller: Caller): TestCaller => (caller === 'timer' ? 'timer' : { openid: `demo-${caller}` })

const actionsOf = (fn: FunctionName): [string, ActionContract][] => Object.entries(functionContracts[fn].actions)

const functionNames = Object.keys(functionContracts) as FunctionName[]

let stack: TestStack

beforeAll(async () => {
  stack = await startTestStack()
})

afterAll(async () => {
  await stack.stop()
})

/** Some samples change the caller's own record (deleteMyData); restore the demo people before each call. */
async function restoreDemoUsers(): Promise<void> {
  await seedDemoUsers(stack.db, new Date())
}

type LeafPath = readonly (string | number)[]

/** The paths of every string in a sample payload. */
function stringLeaves(value: unknown, path: LeafPath = []): LeafPath[] {
  if (typeof value === 'string') return [path]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) => stringLeaves(child, [...path, Array.isArray(value) ? Number(key) : key]))
}

function valueAt(value: unknown, path: LeafPath): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)[key], value)
}

function withValueAt(value: unknown, path: LeafPath, replacement: unknown): unknown {
  const [key, ...rest] = path
  if (key === undefined) return replacement
  if (Array.isArray(value)) return value.map((item: unknown, index) => (index === key ? withValueAt(item, rest, replacement) : item))
  const copy: Record<string | number, unknown> = { ...(value as object) }
  copy[key] = withValueAt(copy[key], rest, replacement)
  return copy
}

/** Strings holding a control character, a bidi control or a lone surrogate. */
function unsafeStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(value) || !isWellFormed(value) ? [value] : []
  }
  if (typeof value !== 'object' || value === null) return []
  return Object.values(value).flatMap(unsafeStrings)
}

function isWellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
}

function errorCodeOf(response: unknown): string | null {
  if (typeof response !== 'object' || response === null) throw new Error(`not an envelope: ${JSON.stringify(response)}`)
  const envelope = response as { ok?: unknown; error?: { code?: unknown } }
  if (envelope.ok === true) return null
  if (envelope.ok === false && typeof envelope.error?.code === 'string') return envelope.error.code
  throw new Error(`not an envelope: ${JSON.stringify(response)}`)
}

describe('contract registry', () => {
  it('has a valid sample payload for every action', () => {
    for (const fn of functionNames) {
      for (const [name, action] of actionsOf(fn)) {
        const sample = SAMPLE_PAYLOADS[fn][name]
        expect(sample, `${fn}.${name} has no sample payload`).toBeDefined()
        expect(v.safeParse(action.payload, sample).success, `${fn}.${name} sample does not pass its schema`).toBe(true)
      }
    }
  })

  it('normalises every free-text field of every action the same way: no controls, no bidi overrides, no lone surrogates', () => {
    const dirt = '\u202e\u0000\ud800'
    let accepted = 0
    for (const fn of functionNames) {
      for (const [name, action] of actionsOf(fn)) {
        const sample = SAMPLE_PAYLOADS[fn][name]
        for (const path of stringLeaves(sample)) {
          for (const dirty of [`${dirt}${String(valueAt(sample, path))}`, `${String(valueAt(sample, path))}${dirt}`]) {
            const parsed = v.safeParse(action.payload, withValueAt(sample, path, dirty))
            if (!parsed.success) continue
            accepted += 1
            expect(unsafeStrings(parsed.output), `${fn}.${name} ${path.join('.')}`).toEqual([])
          }
        }
      }
    }
    // Nicknames, notes, station names and addresses, search words, bulletin text and the rest.
    expect(accepted).toBeGreaterThan(20)
  })

  it('declares at least one caller per action', () => {
    for (const fn of functionNames) for (const [name, action] of actionsOf(fn)) expect(action.allow.length, `${fn}.${name}`).toBeGreaterThan(0)
  })
})

describe.each(functionNames)('%s: who may call what', fn => {
  it.each(actionsOf(fn).map(([name]) => name))('%s allows exactly its declared callers', async name => {
    const action = functionContracts[fn].actions[name as keyof (typeof functionContracts)[typeof fn]['actions']] as ActionContract
    const callers: Caller[] = [...ROLES, 'timer']
    for (const caller of callers) {
      await restoreDemoUsers()
      const code = errorCodeOf(await stack.callRaw(fn, { action: name, payload: SAMPLE_PAYLOADS[fn][name] }, callerOf(caller)))
      if (action.allow.includes(caller)) expect(code, `${fn}.${name} as ${caller}`).not.toBe('COMMON.FORBIDDEN')
      else expect(code, `${fn}.${name} as ${caller}`).toBe('COMMON.FORBIDDEN')
    }
    // A server-side SDK call carries no WeChat identity: it is never a signed-in user.
    if (!action.allow.includes('timer')) {
      expect(errorCodeOf(await stack.callRaw(fn, { action: name, payload: SAMPLE_PAYLOADS[fn][name] }, 'server'))).toBe('COMMON.UNAUTHENTICATED')
    }
  })

  it('answers an unknown action with COMMON.UNKNOWN_ACTION', async () => {
    expect(errorCodeOf(await stack.callRaw(fn, { action: 'dropEverything', payload: {} }, callerOf('admin')))).toBe('COMMON.UNKNOWN_ACTION')
    expect(errorCodeOf(await stack.callRaw(fn, { action: 'toString', payload: {} }, callerOf('admin')))).toBe('COMMON.UNKNOWN_ACTION')
    expect(errorCodeOf(await stack.callRaw(fn, { payload: {} }, callerOf('admin')))).toBe('COMMON.INVALID_PAYLOAD')
  })
})

describe.each(functionNames)('%s: forged identities change nothing', fn => {
  it.each(actionsOf(fn).map(([name]) => name))('%s refuses an openid or role smuggled into the payload', async name => {
    const action = functionContracts[fn].actions[name as keyof (typeof functionContracts)[typeof fn]['actions']] as ActionContract
    const caller = action.allow.find(allowed => allowed !== 'timer') ?? 'timer'
    await restoreDemoUsers()
    const before = stack.snapshot()
    const forged = { ...(SAMPLE_PAYLOADS[fn][name] as object), openid: 'demo-admin', role: 'admin' }
    expect(errorCodeOf(await stack.callRaw(fn, { action: name, payload: forged }, callerOf(caller)))).toBe('COMMON.INVALID_PAYLOAD')
    expect(stack.snapshot()).toBe(before)
  })

  it.each(actionsOf(fn).filter(([, action]) => !action.allow.includes('worker')).map(([name]) => name))(
    '%s ignores identity claims in the request envelope',
    async name => {
      await restoreDemoUsers()
      const before = stack.snapshot()
      const forgedEvent = {
        action: name,
        payload: SAMPLE_PAYLOADS[fn][name],
        openid: 'demo-admin',
        role: 'admin',
        userInfo: { openId: 'demo-admin', appId: 'wx-forged' },
      }
      expect(errorCodeOf(await stack.callRaw(fn, forgedEvent, callerOf('worker')))).toBe('COMMON.FORBIDDEN')
      expect(stack.snapshot()).toBe(before)
    },
  )
})

/** Bad payloads: arbitrary values, and valid samples broken one field at a time. */
function badPayloads(schema: ActionContract['payload'], sample: unknown): fc.Arbitrary<unknown> {
  const fields = typeof sample === 'object' && sample !== null ? Object.keys(sample) : []
  const broken: fc.Arbitrary<unknown>[] = [
    fc.anything(),
    fc.record({ extra: fc.string({ minLength: 1 }) }).map(extra => ({ ...(sample as object), [`x_${extra.extra}`]: 1 })),
  ]
  if (fields.length > 0) {
    broken.push(
      fc.tuple(fc.constantFrom(...fields), fc.oneof(fc.integer(), fc.object(), fc.constant(null), fc.string({ minLength: 2001, maxLength: 2100 }), fc.array(fc.string())))
        .map(([field, value]) => ({ ...(sample as object), [field]: value })),
    )
  }
  // Judge each candidate as the function will receive it: after JSON. `{ "": undefined }` is not a
  // bad payload for an empty schema once the wire has dropped the undefined key.
  return fc.oneof(...broken).map(asSentOverTheWire).filter(candidate => !v.safeParse(schema, candidate).success)
}

function asSentOverTheWire(payload: unknown): unknown {
  return payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)) as unknown
}

const BAD_PAYLOADS_PER_ACTION = 30

describe.each(functionNames)('%s: bad payloads', fn => {
  it.each(actionsOf(fn).map(([name]) => name))(`%s answers ${BAD_PAYLOADS_PER_ACTION} generated bad payloads with COMMON.INVALID_PAYLOAD and changes nothing`, async name => {
    const action = functionContracts[fn].actions[name as keyof (typeof functionContracts)[typeof fn]['actions']] as ActionContract
    const caller = callerOf(action.allow.find(allowed => allowed !== 'timer') ?? 'timer')
    await restoreDemoUsers()
    const before = stack.snapshot()
    // An array is an object to the validator, and an empty schema would read [] as {}.
    for (const payload of [[], [SAMPLE_PAYLOADS[fn][name]]]) {
      const answer = await stack.callRaw(fn, { action: name, payload }, caller)
      expect(errorCodeOf(answer), `${fn}.${name} with ${JSON.stringify(payload)}`).toBe('COMMON.INVALID_PAYLOAD')
    }
    await fc.assert(
      fc.asyncProperty(badPayloads(action.payload, SAMPLE_PAYLOADS[fn][name]), async payload => {
        const answer = await stack.callRaw(fn, { action: name, payload }, caller)
        return errorCodeOf(answer) === 'COMMON.INVALID_PAYLOAD' && isPlainChinese(messageOf(answer))
      }),
      { numRuns: BAD_PAYLOADS_PER_ACTION },
    )
    expect(stack.snapshot()).toBe(before)
  })
})

function messageOf(response: unknown): string {
  const message = (response as { error?: { message?: unknown } }).error?.message
  if (typeof message !== 'string') throw new Error(`no error message in ${JSON.stringify(response)}`)
  return message
}

/** Words a person can read: Chinese, short, and no validator English such as "Invalid type: Expected …". */
function isPlainChinese(message: string): boolean {
  return /[\u4e00-\u9fff]/.test(message) && !/[A-Za-z]{3,}/.test(message) && message.length <= 200
}

describe('error answers', () => {
  it('quote nothing long from the request: a megabyte in a field comes back as a short Chinese message', async () => {
    const huge = 'x'.repeat(1024 * 1024)
    for (const payload of [{ kind: huge, version: '1', granted: true }, { [huge]: 1 }, { kind: 'privacy-policy', version: huge, granted: true }]) {
      const answer = await stack.callRaw('users', { action: 'recordConsent', payload }, callerOf('worker'))
      expect(errorCodeOf(answer)).toBe('COMMON.INVALID_PAYLOAD')
      expect(messageOf(answer).length).toBeLessThanOrEqual(200)
      expect(messageOf(answer)).not.toContain('xxxxxxxxxx')
      expect(isPlainChinese(messageOf(answer))).toBe(true)
    }
    const unknown = await stack.callRaw('users', { action: 'y'.repeat(64), payload: {} }, callerOf('worker'))
    expect(errorCodeOf(unknown)).toBe('COMMON.UNKNOWN_ACTION')
    expect(messageOf(unknown).length).toBeLessThanOrEqual(200)
    expect(messageOf(unknown)).not.toContain('y'.repeat(41))
  })

  it('say in plain Chinese what is wrong with a field', async () => {
    const answer = await stack.callRaw('users', { action: 'updatePreferences', payload: { nickname: '很'.repeat(30) } }, callerOf('worker'))
    expect(errorCodeOf(answer)).toBe('COMMON.INVALID_PAYLOAD')
    expect(messageOf(answer)).toBe('填写的内容有误：最多 20 个字')
  })
})
