import { isPlainObject, type PlainObject } from '../../values/plain-object'
import { allVerdicts, plainConditions, type PlainVerdict } from './operators/plain-conditions'

type Scalar = string | number | boolean

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Number.isNaN(value))
}

/** Any of the verdicts: true as soon as one is true, undefined when none is true but one is undecided. */
function anyOf(verdicts: readonly PlainVerdict[]): PlainVerdict {
  return document => {
    let undecided = false
    for (const verdict of verdicts) {
      const answer = verdict(document)
      if (answer === true) return true
      if (answer === undefined) undecided = true
    }
    return undecided ? undefined : false
  }
}

/** `field: scalar` on an array of strings, numbers or booleans: one element equal to it (the field holding a scalar is `plainConditions`' case). */
function scalarInArray(field: string, operand: Scalar): PlainVerdict {
  return document => {
    const value = document[field]
    if (!Array.isArray(value) || !value.every(isScalar)) return undefined
    return value.includes(operand)
  }
}

/** `field: { $all: [strings] }`: an array of strings holding every one of them. */
function allStrings(field: string, operands: readonly string[]): PlainVerdict {
  return document => {
    const value = document[field]
    if (!Array.isArray(value) || !value.every(item => typeof item === 'string')) return undefined
    return operands.every(operand => value.includes(operand))
  }
}

/** `field: { $elemMatch: plain }`: an array of embedded documents, one of which meets the plain conditions. */
function elementMatching(field: string, element: PlainVerdict): PlainVerdict {
  return document => {
    const value = document[field]
    if (value === undefined) return false
    if (!Array.isArray(value) || !value.every(isPlainObject)) return undefined
    let undecided = false
    for (const item of value) {
      const answer = element(item)
      if (answer === true) return true
      if (answer === undefined) undecided = true
    }
    return undecided ? undefined : false
  }
}

function fieldCondition(field: string, condition: unknown): PlainVerdict | undefined {
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition)
    if (keys.length === 1 && keys[0] === '$all') {
      const operands = condition.$all
      if (!Array.isArray(operands) || operands.length === 0 || !operands.every((operand): operand is string => typeof operand === 'string')) return undefined
      return allStrings(field, operands)
    }
    if (keys.length === 1 && keys[0] === '$elemMatch') {
      const criteria = condition.$elemMatch
      const element = isPlainObject(criteria) && !Object.keys(criteria).some(key => key.startsWith('$')) ? plainConditions(criteria) : undefined
      return element === undefined ? undefined : elementMatching(field, element)
    }
    return plainConditions({ [field]: condition })
  }
  if (!isScalar(condition)) return undefined
  const onScalar = plainConditions({ [field]: condition })
  if (onScalar === undefined) return undefined
  const inArray = scalarInArray(field, condition)
  return document => (Array.isArray(document[field]) ? inArray(document) : onScalar(document))
}

/**
 * A direct verdict for the query shapes a crowd sends over and over (equalities, `$all` of strings,
 * `$elemMatch` of plain comparisons, `$and`/`$or` of those, on top-level fields), decided only where the
 * stored values are plainly strings, numbers and booleans; undefined for any other query, and for a
 * document it cannot judge, where the query engine answers. Why: a nearby search at night walks hundreds
 * of closed stations through the query engine per call. native-filter.test.ts holds it to mingo's answers.
 */
export function nativeFilter(criteria: PlainObject): PlainVerdict | undefined {
  const verdicts: PlainVerdict[] = []
  for (const [key, condition] of Object.entries(criteria)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(condition) || condition.length === 0 || !condition.every(isPlainObject)) return undefined
      const parts = condition.map(part => nativeFilter(part))
      if (parts.some(part => part === undefined)) return undefined
      const defined = parts.filter((part): part is PlainVerdict => part !== undefined)
      verdicts.push(key === '$and' ? allVerdicts(defined) : anyOf(defined))
      continue
    }
    if (key.startsWith('$') || key.includes('.') || key === '') return undefined
    const verdict = fieldCondition(key, condition)
    if (verdict === undefined) return undefined
    verdicts.push(verdict)
  }
  return verdicts.length === 0 ? undefined : allVerdicts(verdicts)
}
