import { describe, expect, it } from 'vitest'
import { applySetData, parseDataPath } from './set-data-path'

const copy = (value: unknown) => structuredClone(value)

describe('setData paths', () => {
  it('reads names, indexes, and Taro\'s dot-before-index form alike', () => {
    expect(parseDataPath('root.cn.[0].cn.[12].v')).toEqual(['root', 'cn', 0, 'cn', 12, 'v'])
    expect(parseDataPath('list[3].title')).toEqual(['list', 3, 'title'])
    expect(parseDataPath('a.b')).toEqual(['a', 'b'])
    expect(parseDataPath('matrix[1][2]')).toEqual(['matrix', 1, 2])
  })

  it('refuses a malformed key instead of guessing', () => {
    expect(() => parseDataPath('list[x]')).toThrow(/malformed index/)
    expect(() => parseDataPath('list[1')).toThrow(/malformed index/)
    expect(() => parseDataPath('a]')).toThrow(/unmatched/)
    expect(() => parseDataPath('')).toThrow(/empty/)
  })

  it('creates arrays before indexes and objects before names, then sets the value', () => {
    const data: Record<string, unknown> = {}
    applySetData(data, { 'root.cn.[1].v': 'hello', 'meta.count': 2 }, copy)
    expect(Array.isArray((data.root as { cn: unknown }).cn)).toBe(true)
    expect(data).toEqual({ root: { cn: [undefined, { v: 'hello' }] }, meta: { count: 2 } })
  })

  it('replaces a whole subtree and keeps its siblings', () => {
    const data: Record<string, unknown> = { root: { cn: [{ v: 'a' }, { v: 'b' }], uid: 'x' } }
    applySetData(data, { 'root.cn.[0]': { v: 'c', cl: 'new' } }, copy)
    expect(data).toEqual({ root: { cn: [{ v: 'c', cl: 'new' }, { v: 'b' }], uid: 'x' } })
  })

  it('copies values, so later changes by the sender do not reach the view', () => {
    const data: Record<string, unknown> = {}
    const sent = { list: [1, 2] }
    applySetData(data, { page: sent }, copy)
    sent.list.push(3)
    expect(data).toEqual({ page: { list: [1, 2] } })
  })

  it('skips undefined values and names them, as WeChat warns and ignores them', () => {
    const data: Record<string, unknown> = { kept: 1 }
    expect(applySetData(data, { kept: undefined, other: 2 }, copy)).toEqual(['kept'])
    expect(data).toEqual({ kept: 1, other: 2 })
  })
})
