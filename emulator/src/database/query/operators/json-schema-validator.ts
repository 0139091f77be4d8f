import Ajv, { type ValidateFunction } from 'ajv'
import { isEqual, MingoError } from 'mingo/util'
import { encodeEjsonText } from '../../../ejson/encode-ejson'
import { isPlainObject, type PlainObject } from '../../../values/plain-object'
import { BSON_TYPE_ALIASES, hasBsonType } from './bson-type'

/*
 * `$jsonSchema` as MongoDB implements it: JSON Schema draft 4 (boolean exclusiveMinimum/Maximum), the
 * `bsonType` keyword, no `integer` type and none of $ref, $schema, default, definitions, format, id.
 * ajv does the validating; the schema is translated into ajv's dialect first, and the document is
 * shown to ajv with its Dates, ObjectIds and RegExps replaced by opaque symbols so that JSON keywords
 * (`type: 'object'`, `required`, `properties`) never mistake them for embedded documents.
 */

const JSON_TYPES = new Set(['object', 'array', 'number', 'boolean', 'string', 'null'])
const UNSUPPORTED = new Set(['$ref', '$schema', 'default', 'definitions', 'format', 'id', 'encrypt'])
const PASSED_THROUGH = new Set([
  'required', 'minProperties', 'maxProperties', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'multipleOf', 'title', 'description',
])
const CACHE_LIMIT = 256

/** Originals of the values shown to ajv in another form, while one document is being validated. */
const originals = new Map<unknown, unknown>()

function originalOf(shown: unknown): unknown {
  return originals.has(shown) ? originals.get(shown) : shown
}

function shadow(value: unknown): unknown {
  if (Array.isArray(value)) {
    const shown = value.map(shadow)
    originals.set(shown, value)
    return shown
  }
  if (isPlainObject(value)) {
    const shown: PlainObject = {}
    for (const key of Object.keys(value)) shown[key] = shadow(value[key])
    originals.set(shown, value)
    return shown
  }
  if (typeof value === 'object' && value !== null) {
    const shown = Symbol('bson value')
    originals.set(shown, value)
    return shown
  }
  return value
}

function matchesJsonType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return isPlainObject(value)
    case 'array': return Array.isArray(value)
    case 'number': return typeof value === 'number'
    case 'boolean': return typeof value === 'boolean'
    case 'string': return typeof value === 'string'
    default: return value === null
  }
}

const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false })
ajv.addKeyword({ keyword: 'x-bson-type', schemaType: 'array', errors: false, validate: (types: string[], data: unknown) => types.some(type => hasBsonType(originalOf(data), type)) })
ajv.addKeyword({ keyword: 'x-json-type', schemaType: 'array', errors: false, validate: (types: string[], data: unknown) => types.some(type => matchesJsonType(originalOf(data), type)) })
ajv.addKeyword({ keyword: 'x-enum', schemaType: 'array', errors: false, validate: (values: unknown[], data: unknown) => values.some(value => isEqual(value, originalOf(data))) })
ajv.addKeyword({
  keyword: 'x-unique-items',
  schemaType: 'boolean',
  errors: false,
  validate: (unique: boolean, data: unknown) => {
    const items = originalOf(data)
    if (!unique || !Array.isArray(items)) return true
    return items.every((item, index) => items.findIndex(other => isEqual(other, item)) === index)
  },
})

function fail(message: string): never {
  throw new MingoError(message)
}

function typeList(value: unknown, keyword: string, allowed: (type: string) => boolean): string[] {
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0) fail(`$jsonSchema keyword '${keyword}' must name at least one type`)
  for (const type of list) {
    if (typeof type !== 'string') fail(`$jsonSchema keyword '${keyword}' must be a string or an array of strings`)
    if (keyword === 'type' && type === 'integer') fail("$jsonSchema type 'integer' is not currently supported.")
    if (!allowed(type)) fail(`Unknown type name alias: ${type}`)
  }
  return list as string[]
}

function translateMap(value: unknown, keyword: string): PlainObject {
  if (!isPlainObject(value)) fail(`$jsonSchema keyword '${keyword}' must be an object`)
  const translated: PlainObject = {}
  for (const [name, schema] of Object.entries(value)) translated[name] = translate(schema)
  return translated
}

function translateList(value: unknown, keyword: string): PlainObject[] {
  if (!Array.isArray(value) || value.length === 0) fail(`$jsonSchema keyword '${keyword}' must be a non-empty array of schemas`)
  return value.map(translate)
}

function bound(schema: PlainObject, limit: 'maximum' | 'minimum', exclusive: 'exclusiveMaximum' | 'exclusiveMinimum', into: PlainObject): void {
  const flag = schema[exclusive]
  if (flag !== undefined && typeof flag !== 'boolean') fail(`$jsonSchema keyword '${exclusive}' must be a boolean`)
  if (flag !== undefined && schema[limit] === undefined) fail(`$jsonSchema keyword '${limit}' must be a present if ${exclusive} is present`)
  if (schema[limit] === undefined) return
  if (typeof schema[limit] !== 'number') fail(`$jsonSchema keyword '${limit}' must be a number`)
  into[flag === true ? exclusive : limit] = schema[limit]
}

/** MongoDB's `$jsonSchema` dialect → an ajv (draft-07) schema over shadowed documents. */
function translate(schema: unknown): PlainObject {
  if (!isPlainObject(schema)) fail('$jsonSchema must be an object')
  const out: PlainObject = {}
  for (const [keyword, value] of Object.entries(schema)) {
    if (UNSUPPORTED.has(keyword)) fail(`$jsonSchema keyword '${keyword}' is not currently supported`)
    if (PASSED_THROUGH.has(keyword)) {
      out[keyword] = value
      continue
    }
    switch (keyword) {
      case 'bsonType':
        out['x-bson-type'] = typeList(value, keyword, type => type === 'number' || type in BSON_TYPE_ALIASES)
        break
      case 'type':
        out['x-json-type'] = typeList(value, keyword, type => JSON_TYPES.has(type))
        break
      case 'enum':
        if (!Array.isArray(value) || value.length === 0) fail("$jsonSchema keyword 'enum' must be a non-empty array")
        out['x-enum'] = value
        break
      case 'uniqueItems':
        if (typeof value !== 'boolean') fail("$jsonSchema keyword 'uniqueItems' must be a boolean")
        out['x-unique-items'] = value
        break
      case 'maximum':
      case 'exclusiveMaximum':
        bound(schema, 'maximum', 'exclusiveMaximum', out)
        break
      case 'minimum':
      case 'exclusiveMinimum':
        bound(schema, 'minimum', 'exclusiveMinimum', out)
        break
      case 'properties':
      case 'patternProperties':
        out[keyword] = translateMap(value, keyword)
        break
      case 'additionalProperties':
      case 'additionalItems':
        out[keyword] = typeof value === 'boolean' ? value : translate(value)
        break
      case 'items':
        out.items = Array.isArray(value) ? value.map(translate) : translate(value)
        break
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[keyword] = translateList(value, keyword)
        break
      case 'not':
        out.not = translate(value)
        break
      case 'dependencies':
        if (!isPlainObject(value)) fail("$jsonSchema keyword 'dependencies' must be an object")
        out.dependencies = Object.fromEntries(Object.entries(value).map(([name, dependency]) => [name, Array.isArray(dependency) ? dependency : translate(dependency)]))
        break
      default:
        fail(`Unknown $jsonSchema keyword: ${keyword}`)
    }
  }
  return out
}

const compiled = new Map<string, ValidateFunction>()

function compile(schema: PlainObject): ValidateFunction {
  const key = encodeEjsonText(schema)
  const cached = compiled.get(key)
  if (cached !== undefined) return cached
  const validate = ajv.compile(translate(schema))
  if (compiled.size >= CACHE_LIMIT) compiled.delete(compiled.keys().next().value ?? '')
  compiled.set(key, validate)
  return validate
}

/** mingo's `jsonSchemaValidator` option: compiles a `$jsonSchema` once, then tests documents against it. */
export function jsonSchemaValidator(schema: PlainObject): (document: unknown) => boolean {
  const validate = compile(schema)
  return document => {
    try {
      return validate(shadow(document)) === true
    } finally {
      originals.clear()
    }
  }
}
