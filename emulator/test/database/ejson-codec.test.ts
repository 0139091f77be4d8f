import { describe, expect, it } from 'vitest'
import { decodeEjsonText } from '../../src/ejson/decode-ejson'
import { encodeEjsonText } from '../../src/ejson/encode-ejson'
import { ObjectIdValue } from '../../src/values/object-id'

const at = { now: 1_000_000 }

describe('the EJSON codec', () => {
  it('decodes every form @cloudbase/database sends', () => {
    const text = JSON.stringify({
      int: { $numberInt: '-5' },
      long: { $numberLong: '1700000000123' },
      double: { $numberDouble: '2.5' },
      nan: { $numberDouble: 'NaN' },
      infinity: { $numberDouble: '-Infinity' },
      date: { $date: { $numberLong: '86400000' } },
      relaxedDate: { $date: '1970-01-02T00:00:00Z' },
      oid: { $oid: '64b7f0c2a1b2c3d4e5f60718' },
      regex: { $regularExpression: { pattern: '^a', options: 'im' } },
      serverDate: { $tcb_server_date: { offset: { $numberInt: '500' } } },
      operator: { $gt: { $numberInt: '1' } },
      list: [{ $numberInt: '1' }, null],
    })
    const decoded = decodeEjsonText(text, at)
    expect(decoded).toEqual({
      int: -5,
      long: 1_700_000_000_123,
      double: 2.5,
      nan: Number.NaN,
      infinity: Number.NEGATIVE_INFINITY,
      date: new Date(86_400_000),
      relaxedDate: new Date(86_400_000),
      oid: new ObjectIdValue('64b7f0c2a1b2c3d4e5f60718'),
      regex: /^a/im,
      serverDate: new Date(1_000_500),
      operator: { $gt: 1 },
      list: [1, null],
    })
  })

  it('refuses malformed wrappers, unsupported types and the __proto__ field', () => {
    expect(() => decodeEjsonText('{"a":{"$numberInt":"1.5"}}', at)).toThrow(/\$numberInt/)
    expect(() => decodeEjsonText('{"a":{"$numberInt":"3000000000"}}', at)).toThrow(/out-of-range/)
    expect(() => decodeEjsonText('{"a":{"$date":{"$numberLong":"1","x":1}}}', at)).toThrow(/\$date/)
    expect(() => decodeEjsonText('{"a":{"$oid":"nothex"}}', at)).toThrow(/\$oid/)
    expect(() => decodeEjsonText('{"a":{"$numberInt":"1","b":2}}', at)).toThrow(/only key/)
    expect(() => decodeEjsonText('{"a":{"$timestamp":{"t":1,"i":1}}}', at)).toThrow(/does not support/)
    expect(() => decodeEjsonText('{"a":{"$regularExpression":{"pattern":"a","options":"x"}}}', at)).toThrow(/option "x"/)
    expect(() => decodeEjsonText('{"__proto__":{"polluted":true}}', at)).toThrow(/__proto__/)
    expect(() => decodeEjsonText('{"a":', at)).toThrow(/not valid EJSON/)
  })

  it('encodes stored values so bson reads them back unchanged', () => {
    expect(encodeEjsonText({ _id: new ObjectIdValue('64b7f0c2a1b2c3d4e5f60718'), d: new Date(0), n: 1.5, z: -0, r: /x/gi, u: undefined, l: [undefined, Number.POSITIVE_INFINITY] }))
      .toBe('{"_id":{"$oid":"64b7f0c2a1b2c3d4e5f60718"},"d":{"$date":{"$numberLong":"0"}},"n":1.5,"z":{"$numberDouble":"-0.0"},"r":{"$regularExpression":{"pattern":"x","options":"i"}},"l":[null,{"$numberDouble":"Infinity"}]}')
  })
})
