import type { Options } from 'mingo/types'
import { MingoError, resolve } from 'mingo/util'
import type { PlainObject } from '../../../values/plain-object'
import { BSON_TYPE_ALIASES, hasBsonType } from './bson-type'

/**
 * `{ field: { $type: 'double' | 16 | ['int', 'long'] } }` by the stored value's BSON type. mingo's
 * `double` also matches integers and its `number` misses nothing but types arrays by their items.
 */
export function $type(selector: string, spec: unknown, _options: Options): (document: PlainObject) => boolean {
  const types = Array.isArray(spec) ? spec : [spec]
  for (const type of types) {
    if ((typeof type !== 'string' && typeof type !== 'number') || (type !== 'number' && typeof type === 'string' && !(type in BSON_TYPE_ALIASES))) {
      throw new MingoError(`unknown type name alias: ${String(type)}`)
    }
  }
  const typed = types as readonly (string | number)[]
  return document => {
    const value = resolve(document, selector, { unwrapArray: true })
    // An array field matches its own type (4/'array') and, like MongoDB, the types of its elements.
    const candidates = Array.isArray(value) ? [value, ...value] : value === undefined ? [] : [value]
    return candidates.some(candidate => typed.some(type => hasBsonType(candidate, type)))
  }
}
