import { readFile } from 'node:fs/promises'

/**
 * CloudBase storage security rules: `{ "read": <rule>, "write": <rule> }`, each rule `true`, `false` or an
 * expression over `auth` (the client's identity: `openid`, `uid`, `loginType`; null when not signed in)
 * and `resource` (the file: `openid` of whoever uploaded it, `path` inside the bucket). As in CloudBase
 * they bind client requests only; the server SDK always has access. `write` covers uploading,
 * overwriting and deleting. A missing rule refuses, as CloudBase's do.
 *
 * Expressions use the language CloudBase documents for these rules: `==`, `!=`, `&&`, `||`, `!`,
 * parentheses, string, number, boolean and `null` literals, and member access on `auth` and `resource`.
 * Anything else is refused when the rules are read, so a rule that would not deploy does not run here.
 */
export interface StorageRules {
  readonly read: Rule
  readonly write: Rule
}

export type StorageOperation = keyof StorageRules

/** What a rule is evaluated against. */
export interface RuleContext {
  readonly auth: { readonly openid?: string; readonly uid?: string; readonly loginType?: string } | null
  readonly resource: { readonly openid: string | null; readonly path: string }
}

type Value = string | number | boolean | null
type Rule = (context: RuleContext) => boolean

type Token =
  | { readonly kind: 'literal'; readonly value: Value }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'op'; readonly op: string }

const OPERATORS = ['===', '!==', '==', '!=', '&&', '||', '!', '(', ')', '.']

function tokenize(source: string, refuse: (reason: string) => never): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < source.length) {
    const char = source[index] ?? ''
    if (/\s/.test(char)) {
      index += 1
      continue
    }
    const op = OPERATORS.find(candidate => source.startsWith(candidate, index))
    if (op !== undefined) {
      tokens.push({ kind: 'op', op })
      index += op.length
      continue
    }
    if (char === '"' || char === "'") {
      const end = source.indexOf(char, index + 1)
      if (end < 0) refuse('an unterminated string')
      tokens.push({ kind: 'literal', value: source.slice(index + 1, end) })
      index = end + 1
      continue
    }
    const number = /^\d+(\.\d+)?/.exec(source.slice(index))
    if (number !== null) {
      tokens.push({ kind: 'literal', value: Number(number[0]) })
      index += number[0].length
      continue
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(index))
    if (name === null) refuse(`unexpected "${char}"`)
    const word = name[0]
    if (word === 'true' || word === 'false') tokens.push({ kind: 'literal', value: word === 'true' })
    else if (word === 'null') tokens.push({ kind: 'literal', value: null })
    else tokens.push({ kind: 'name', name: word })
    index += word.length
  }
  return tokens
}

type Expression = (context: RuleContext) => Value | undefined

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  auth: ['openid', 'uid', 'loginType'],
  resource: ['openid', 'path'],
}

function compileExpression(source: string, where: string): Expression {
  const refuse = (reason: string): never => {
    throw new Error(`${where}: cannot read the rule ${JSON.stringify(source)}: ${reason}`)
  }
  const tokens = tokenize(source, refuse)
  let position = 0
  const peekOp = (): string | undefined => {
    const token = tokens[position]
    return token?.kind === 'op' ? token.op : undefined
  }
  const takeOp = (op: string): boolean => {
    if (peekOp() !== op) return false
    position += 1
    return true
  }

  const primary = (): Expression => {
    const token = tokens[position]
    if (token === undefined) return refuse('it ends too early')
    position += 1
    if (token.kind === 'literal') return () => token.value
    if (token.kind === 'op' && token.op === '(') {
      const inner = or()
      if (!takeOp(')')) refuse('a "(" is not closed')
      return inner
    }
    if (token.kind === 'name') {
      const fields = FIELDS[token.name]
      if (fields === undefined) return refuse(`unknown variable "${token.name}" (rules know auth and resource)`)
      if (!takeOp('.')) return token.name === 'auth' ? context => (context.auth === null ? null : true) : refuse('resource needs a field')
      const field = tokens[position]
      if (field?.kind !== 'name' || !fields.includes(field.name)) return refuse(`${token.name} has no such field (it has ${fields.join(', ')})`)
      position += 1
      const read = (context: RuleContext): Value | undefined => {
        const holder: Readonly<Record<string, unknown>> | null = token.name === 'auth' ? context.auth : context.resource
        const value = holder === null ? undefined : holder[field.name]
        // A field with no value is missing, not null: it equals the literal null, and nothing else.
        return typeof value === 'string' ? value : undefined
      }
      return read
    }
    return refuse(`unexpected "${token.kind === 'op' ? token.op : ''}"`)
  }

  const unary = (): Expression => {
    if (takeOp('!')) {
      const operand = unary()
      return context => !truthy(operand(context))
    }
    return primary()
  }

  const equality = (): Expression => {
    let left = unary()
    for (;;) {
      const op = peekOp()
      if (op !== '==' && op !== '===' && op !== '!=' && op !== '!==') return left
      position += 1
      const right = unary()
      const previous = left
      const negate = op.startsWith('!')
      // `auth == null` holds for a guest and `resource.openid == null` for a file the server uploaded, but
      // two missing values are not the same person: a guest does not own the server's files.
      left = context => {
        const a = previous(context)
        const b = right(context)
        const same = a === undefined || b === undefined ? a !== b && (a === null || b === null) : a === b
        return negate ? !same : same
      }
    }
  }

  const and = (): Expression => {
    let left = equality()
    while (takeOp('&&')) {
      const previous = left
      const right = equality()
      left = context => truthy(previous(context)) && truthy(right(context))
    }
    return left
  }

  function or(): Expression {
    let left = and()
    while (takeOp('||')) {
      const previous = left
      const right = and()
      left = context => truthy(previous(context)) || truthy(right(context))
    }
    return left
  }

  const expression = or()
  if (position !== tokens.length) refuse('there is more after the end of the expression')
  return expression
}

function truthy(value: Value | undefined): boolean {
  return value !== undefined && value !== null && value !== false && value !== '' && value !== 0
}

function compileRule(value: unknown, operation: StorageOperation, where: string): Rule {
  if (value === undefined || value === false) return () => false
  if (value === true) return () => true
  if (typeof value !== 'string') throw new Error(`${where}: "${operation}" must be true, false or an expression string`)
  const expression = compileExpression(value, `${where} ("${operation}")`)
  return context => truthy(expression(context))
}

/** Reads rules given as an object (the content of a rules file); throws naming what is wrong. */
export function parseStorageRules(value: unknown, where: string): StorageRules {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: storage rules must be an object with "read" and "write"`)
  const entries = value as Record<string, unknown>
  const unknown = Object.keys(entries).filter(key => key !== 'read' && key !== 'write')
  if (unknown.length > 0) throw new Error(`${where}: storage rules have only "read" and "write", not ${unknown.map(key => `"${key}"`).join(', ')}`)
  return { read: compileRule(entries.read, 'read', where), write: compileRule(entries.write, 'write', where) }
}

export async function readStorageRules(path: string): Promise<StorageRules> {
  const text = await readFile(path, 'utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  return parseStorageRules(value, path)
}

/** CloudBase's default basic permission, "所有用户可读，仅创建者可读写", used when no rules are given. */
export const DEFAULT_STORAGE_RULES: StorageRules = parseStorageRules({ read: true, write: 'resource.openid == auth.openid' }, 'the default rules')
