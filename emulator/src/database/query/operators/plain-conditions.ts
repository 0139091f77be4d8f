import { isPlainObject, type PlainObject } from '../../../values/plain-object'

/** The answer for one document: true or false, or undefined where the query engine must judge it. */
export type PlainVerdict = (document: PlainObject) => boolean | undefined

type Scalar = string | number | boolean
type Comparison = '$eq' | '$ne' | '$lt' | '$lte' | '$gt' | '$gte'

const COMPARISONS: ReadonlySet<string> = new Set<Comparison>(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte'])

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Number.isNaN(value))
}

function compares(operator: Comparison, left: Scalar, right: Scalar): boolean {
  switch (operator) {
    case '$eq':
      return left === right
    case '$ne':
      return left !== right
    case '$lt':
      return left < right
    case '$lte':
      return left <= right
    case '$gt':
      return left > right
    case '$gte':
      return left >= right
  }
}

/** One field's condition, decided only where the stored value is a string, number or boolean of the operand's own kind. */
function fieldVerdict(field: string, condition: unknown): PlainVerdict | undefined {
  const tests: { operator: Comparison; operand: Scalar }[] = []
  if (isScalar(condition)) tests.push({ operator: '$eq', operand: condition })
  else if (isPlainObject(condition) && Object.keys(condition).length > 0) {
    for (const [operator, operand] of Object.entries(condition)) {
      if (!COMPARISONS.has(operator) || !isScalar(operand)) return undefined
      tests.push({ operator: operator as Comparison, operand })
    }
  } else return undefined
  return document => {
    const value = document[field]
    if (!isScalar(value)) return undefined
    for (const test of tests) {
      if (typeof value !== typeof test.operand) return undefined
      if (!compares(test.operator, value, test.operand)) return false
    }
    return true
  }
}

/**
 * Field conditions an embedded document is tested against many times over (an `$elemMatch` on every
 * element of every candidate), judged directly where that is plainly the same as the query engine's
 * answer: top-level fields compared by equality, `$ne`, `$lt`, `$lte`, `$gt` or `$gte` with a string,
 * number or boolean, holding a value of that same kind. Undefined for any other criteria; the verdict
 * is undefined for a document holding anything else (an array, null, a missing field, another kind).
 */
export function plainConditions(criteria: PlainObject): PlainVerdict | undefined {
  const fields = Object.entries(criteria)
  if (fields.length === 0) return undefined
  const verdicts: PlainVerdict[] = []
  for (const [field, condition] of fields) {
    if (field.startsWith('$') || field.includes('.')) return undefined
    const verdict = fieldVerdict(field, condition)
    if (verdict === undefined) return undefined
    verdicts.push(verdict)
  }
  return allVerdicts(verdicts)
}

/** All of the verdicts: false as soon as one is false, undefined when none is false but one is undecided. */
export function allVerdicts(verdicts: readonly PlainVerdict[]): PlainVerdict {
  return document => {
    let undecided = false
    for (const verdict of verdicts) {
      const answer = verdict(document)
      if (answer === false) return false
      if (answer === undefined) undecided = true
    }
    return undecided ? undefined : true
  }
}
