import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { requestKey } from '../domain/contracts/payload-fields'
import { newRequestId } from './request-id'

describe('request ids', () => {
  it('are accepted by the contracts’ requestKey schema', () => {
    expect(v.is(requestKey, newRequestId())).toBe(true)
  })

  it('differ between two writes made in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRequestId(1_700_000_000_000)))
    expect(ids.size).toBe(200)
  })
})
