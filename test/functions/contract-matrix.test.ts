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
    await fc.assert(
      fc.asyncProperty(badPayloads(action.payload, SAMPLE_PAYLOADS[fn][name]), async payload => {
        const code = errorCodeOf(await stack.callRaw(fn, { action: name, payload }, caller))
        return code === 'COMMON.INVALID_PAYLOAD'
      }),
      { numRuns: BAD_PAYLOADS_PER_ACTION },
    )
    expect(stack.snapshot()).toBe(before)
  })
})
