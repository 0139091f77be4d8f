import { EmulatorError, EmulatorErrorCode } from '../errors'
import { ObjectIdValue } from '../values/object-id'
import { isPlainObject, type PlainObject } from '../values/plain-object'

/** How to decode: `now` (ms since epoch) resolves `{ $tcb_server_date: { offset } }` to the server's time. */
export interface DecodeOptions {
  readonly now: number
}

/**
 * EJSON forms the emulator cannot represent faithfully. Refusing them is better than storing
 * something the cloud would store differently.
 */
const UNSUPPORTED_TYPE_KEYS = new Set([
  '$binary', '$uuid', '$symbol', '$code', '$scope', '$timestamp', '$minKey', '$maxKey', '$dbPointer',
])

/**
 * MongoDB refuses BSON nested deeper than 200 objects and arrays in a request (and stored documents
 * deeper than 100). Refusing here also keeps decoding from exhausting the stack on a hostile payload.
 */
export const MAX_REQUEST_NESTING = 200

const INT32_MIN = -0x80000000
const INT32_MAX = 0x7fffffff

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

/** Parses an EJSON string as @cloudbase/database sends it (canonical or relaxed) into stored values. */
export function decodeEjsonText(text: string, options: DecodeOptions, what = 'value'): unknown {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw invalid(`${what} is not valid EJSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  return decodeEjsonValue(parsed, options, what)
}

/** Like decodeEjsonText, for an EJSON string that must hold an object (a document, query, update, stage). */
export function decodeEjsonObject(text: string, options: DecodeOptions, what: string): PlainObject {
  const value = decodeEjsonText(text, options, what)
  if (!isPlainObject(value)) throw invalid(`${what} must be an EJSON object`)
  return value
}

/** Turns parsed JSON holding EJSON type wrappers (`$numberInt`, `$date`, `$oid`...) into stored values. */
export function decodeEjsonValue(value: unknown, options: DecodeOptions, what = 'value'): unknown {
  return decodeNested(value, options, what, 1)
}

function decodeNested(value: unknown, options: DecodeOptions, what: string, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return value
  if (depth > MAX_REQUEST_NESTING) throw invalid(`${what} is nested more than ${MAX_REQUEST_NESTING} levels deep (BSONObj exceeds maximum nested object depth)`)
  if (Array.isArray(value)) return value.map(item => decodeNested(item, options, what, depth + 1))
  if (!isPlainObject(value)) throw invalid(`${what} holds a value that is not JSON`)
  const keys = Object.keys(value)
  if (keys.length === 1) {
    const wrapped = decodeTypeWrapper(keys[0] ?? '', value, options, what)
    if (wrapped !== NOT_A_WRAPPER) return wrapped
  }
  const decoded: PlainObject = {}
  for (const key of keys) {
    if (key === '__proto__') throw invalid(`${what} uses the reserved field name "__proto__"`)
    if (UNSUPPORTED_TYPE_KEYS.has(key)) throw invalid(`${what} uses the EJSON type ${key}, which the emulator does not support`)
    if (key === '$tcb_server_date' || key.startsWith('$number') || key === '$date' || key === '$oid' || key === '$regularExpression') {
      throw invalid(`${what} has a malformed EJSON ${key} (it must be the only key of its object)`)
    }
    decoded[key] = decodeNested(value[key], options, what, depth + 1)
  }
  return decoded
}

const NOT_A_WRAPPER = Symbol('not an EJSON type wrapper')

function decodeTypeWrapper(key: string, value: PlainObject, options: DecodeOptions, what: string): unknown {
  const inner = value[key]
  switch (key) {
    case '$numberInt': {
      const number = numberFromString(inner, key, what)
      if (!Number.isInteger(number) || number < INT32_MIN || number > INT32_MAX) throw invalid(`${what} has an out-of-range $numberInt "${String(inner)}"`)
      return number
    }
    case '$numberLong': {
      if (typeof inner !== 'string' || !/^-?\d+$/.test(inner)) throw invalid(`${what} has a malformed $numberLong`)
      return Number(inner)
    }
    case '$numberDouble':
      return numberFromString(inner, key, what)
    case '$numberDecimal':
      return numberFromString(inner, key, what)
    case '$date':
      return decodeDate(inner, what)
    case '$oid': {
      if (typeof inner !== 'string' || !/^[0-9a-fA-F]{24}$/.test(inner)) throw invalid(`${what} has a malformed $oid (24 hex digits expected)`)
      return new ObjectIdValue(inner)
    }
    case '$regularExpression':
      return decodeRegExp(inner, what)
    case '$tcb_server_date': {
      const offset = isPlainObject(inner) ? decodeEjsonValue(inner.offset ?? 0, options, what) : undefined
      if (typeof offset !== 'number' || !Number.isFinite(offset)) throw invalid(`${what} has a malformed $tcb_server_date (offset must be a number)`)
      return new Date(options.now + offset)
    }
    case '$undefined':
      return null
    default:
      return NOT_A_WRAPPER
  }
}

function numberFromString(inner: unknown, key: string, what: string): number {
  if (typeof inner !== 'string') throw invalid(`${what} has a malformed ${key} (a string is expected)`)
  switch (inner) {
    case 'NaN': return Number.NaN
    case 'Infinity': return Number.POSITIVE_INFINITY
    case '-Infinity': return Number.NEGATIVE_INFINITY
  }
  const number = Number(inner)
  if (inner.trim() === '' || Number.isNaN(number)) throw invalid(`${what} has a malformed ${key} "${inner}"`)
  return number
}

function decodeDate(inner: unknown, what: string): Date {
  let time: number
  if (typeof inner === 'number') time = inner
  else if (typeof inner === 'string') time = Date.parse(inner)
  else if (isPlainObject(inner) && Object.keys(inner).length === 1 && typeof inner.$numberLong === 'string' && /^-?\d+$/.test(inner.$numberLong)) {
    time = Number(inner.$numberLong)
  } else throw invalid(`${what} has a malformed $date`)
  const date = new Date(time)
  if (Number.isNaN(date.getTime())) throw invalid(`${what} has an invalid $date`)
  return date
}

/** MongoDB regex options map onto JavaScript flags, except `x` (extended), which JavaScript lacks. */
function decodeRegExp(inner: unknown, what: string): RegExp {
  if (!isPlainObject(inner) || typeof inner.pattern !== 'string' || (inner.options !== undefined && typeof inner.options !== 'string')) {
    throw invalid(`${what} has a malformed $regularExpression`)
  }
  const options = inner.options ?? ''
  let flags = ''
  for (const option of options) {
    if (option === 'i' || option === 'm' || option === 's' || option === 'u') {
      if (!flags.includes(option)) flags += option
    } else if (option !== 'g' && option !== 'y' && option !== 'l') {
      throw invalid(`${what} has a regular expression option "${option}" the emulator does not support`)
    }
  }
  try {
    return new RegExp(inner.pattern, flags)
  } catch (error) {
    throw invalid(`${what} has an invalid regular expression: ${error instanceof Error ? error.message : String(error)}`)
  }
}
