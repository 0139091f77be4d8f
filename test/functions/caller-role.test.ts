import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createFunction, type RuntimeDependencies } from '../../cloudfunctions/runtime/create-function'
import type { FunctionContext } from '../../cloudfunctions/runtime/identity'
import { action, defineFunction } from '../../src/domain/contracts/define-contract'
import { EVERYONE, STAFF, type Caller, type Role } from '../../src/domain/contracts/roles'

// The role is a database read; an action every role may call cannot be refused by it, so the runtime
// reads it only when the action needs it to decide, or when the handler asks.

const contract = defineFunction(
  'roles-probe',
  {
    open: action<null>()({ payload: v.strictObject({}), allow: EVERYONE }),
    asksRole: action<Caller>()({ payload: v.strictObject({}), allow: EVERYONE }),
    staffOnly: action<Caller>()({ payload: v.strictObject({}), allow: STAFF }),
  },
  {},
)

function probe(stored: Role | undefined) {
  const lookups: string[] = []
  const dependencies: RuntimeDependencies = {
    users: {
      roleOf: userId => {
        lookups.push(userId)
        return Promise.resolve(stored)
      },
    },
    runInTransaction: () => Promise.reject(new Error('no action here writes')),
  }
  const main = createFunction(
    contract,
    {
      open: () => Promise.resolve(null),
      asksRole: async (_payload, context) => {
        const first = await context.role()
        expect(await context.role()).toBe(first)
        return first
      },
      staffOnly: (_payload, context) => context.role(),
    },
    () => dependencies,
  )
  const asPerson = (openid: string): FunctionContext => ({ environment: JSON.stringify({ WX_CONTEXT_KEYS: 'WX_OPENID', WX_OPENID: openid }) })
  return { lookups, call: (name: string, openid = 'o-role-probe') => main({ action: name, payload: {} }, asPerson(openid)) }
}

describe('the caller’s role', () => {
  it('is not read for an action every role may call, unless the handler asks, and then once', async () => {
    const staff = probe('staff')
    expect(await staff.call('open')).toEqual({ ok: true, data: null })
    expect(staff.lookups).toEqual([])
    expect(await staff.call('asksRole')).toEqual({ ok: true, data: 'staff' })
    expect(staff.lookups).toHaveLength(1)
  })

  it('is read before an action only some roles may call, which refuses anyone else', async () => {
    const worker = probe('worker')
    expect(await worker.call('staffOnly')).toMatchObject({ ok: false, error: { code: 'COMMON.FORBIDDEN' } })
    expect(worker.lookups).toHaveLength(1)
    const stranger = probe(undefined)
    expect(await stranger.call('staffOnly')).toMatchObject({ ok: false, error: { code: 'COMMON.FORBIDDEN' } })
    expect(await stranger.call('asksRole')).toEqual({ ok: true, data: 'worker' })
    const staff = probe('admin')
    expect(await staff.call('staffOnly')).toEqual({ ok: true, data: 'admin' })
  })
})
