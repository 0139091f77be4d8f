/**
 * `setData` as WeChat applies it: each key is a path into the data (`list[0].title`, `a.b`, or
 * Taro's `root.cn.[0].cn.[2].v`), missing containers are created (an array before an index, an
 * object before a name), and the value replaces what was there.
 */

export type PathSegment = string | number

/** Splits a setData key into names and indexes; throws on a key WeChat would refuse. */
export function parseDataPath(key: string): PathSegment[] {
  const segments: PathSegment[] = []
  let name = ''
  let index = 0
  const endName = () => {
    if (name !== '') segments.push(name)
    name = ''
  }
  while (index < key.length) {
    const char = key[index]
    if (char === '.') {
      endName()
      index += 1
    } else if (char === '[') {
      endName()
      const close = key.indexOf(']', index)
      const digits = close === -1 ? '' : key.slice(index + 1, close)
      if (!/^\d+$/.test(digits)) throw new Error(`setData key "${key}" has a malformed index at ${index}`)
      segments.push(Number(digits))
      index = close + 1
    } else if (char === ']') {
      throw new Error(`setData key "${key}" has an unmatched ] at ${index}`)
    } else {
      name += char
      index += 1
    }
  }
  endName()
  if (segments.length === 0) throw new Error(`setData key "${key}" is empty`)
  return segments
}

type Container = Record<string | number, unknown>

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null
}

/**
 * Applies one setData payload to `data` in place. `clone` copies each value into the data's own
 * realm (WeChat serialises what crosses to the view). A value of `undefined` is skipped, as WeChat
 * skips it (with a warning); the returned list names those keys.
 */
export function applySetData(data: Container, payload: Readonly<Record<string, unknown>>, clone: (value: unknown) => unknown): string[] {
  const skipped: string[] = []
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined) {
      skipped.push(key)
      continue
    }
    const path = parseDataPath(key)
    let target: Container = data
    for (let position = 0; position < path.length - 1; position += 1) {
      const segment = path[position] as PathSegment
      const next = target[segment]
      if (isContainer(next)) {
        target = next
      } else {
        const created: Container = typeof path[position + 1] === 'number' ? ([] as unknown as Container) : {}
        target[segment] = created
        target = created
      }
    }
    target[path[path.length - 1] as PathSegment] = clone(value)
  }
  return skipped
}
