import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { isPlainObject, type PlainObject } from '../../values/plain-object'

/** What a modify request does to each matched document. */
export type UpdateSpec =
  /** Update operators (`$set`, `$inc`...): `merge: true`, what `update()` sends. */
  | { readonly kind: 'operators'; readonly modifier: PlainObject }
  /** A whole new document (keeping `_id`): `merge: false`, what `doc().set()` sends. */
  | { readonly kind: 'replacement'; readonly replacement: PlainObject }

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

/**
 * Reads `data` with the request's `merge` flag. With merge, plain fields (no operator at all) are
 * merged in as `$set`, as CloudBase's merge means; mixing operators and plain fields is refused.
 * Without merge, operators are refused: a replacement is a document.
 */
export function readUpdateSpec(data: PlainObject, merge: boolean): UpdateSpec {
  const keys = Object.keys(data)
  const operators = keys.filter(key => key.startsWith('$'))
  if (!merge) {
    if (operators.length > 0) throw invalid(`a replacement (merge: false) cannot contain update operators (${operators.join(', ')})`)
    const { _id: _ignored, ...replacement } = data
    return { kind: 'replacement', replacement }
  }
  if (keys.length === 0) throw invalid('update data must not be empty')
  if (operators.length === 0) return { kind: 'operators', modifier: { $set: data } }
  if (operators.length !== keys.length) throw invalid('update data cannot mix update operators and plain fields')
  for (const operator of operators) {
    if (!isPlainObject(data[operator])) throw invalid(`the argument of ${operator} must be an object of field paths`)
  }
  return { kind: 'operators', modifier: data }
}
