import { describe, expect, it } from 'vitest'
import { BULLETIN_KIND_KEY_PATTERN, DEFAULT_BULLETIN_KINDS, kindLabel, sortBulletinKinds } from './bulletin-kinds'

describe('kinds of news', () => {
  it('start as the four the union publishes, in their order', () => {
    expect(sortBulletinKinds(DEFAULT_BULLETIN_KINDS).map((kind) => kind.label)).toEqual(['工作简报', '通知公告', '政策法规', '维权案例'])
  })

  it('sort by order, then by key, whatever order they come in', () => {
    const kinds = [
      { key: 'b', label: 'B', order: 5 },
      { key: 'a', label: 'A', order: 5 },
      { key: 'c', label: 'C', order: 1 },
    ]
    expect(sortBulletinKinds(kinds).map((kind) => kind.key)).toEqual(['c', 'a', 'b'])
  })

  it('have keys safe in a URL and labels that fall back to the key', () => {
    expect(DEFAULT_BULLETIN_KINDS.every((kind) => BULLETIN_KIND_KEY_PATTERN.test(kind.key))).toBe(true)
    expect(BULLETIN_KIND_KEY_PATTERN.test('工作')).toBe(false)
    expect(kindLabel(DEFAULT_BULLETIN_KINDS, 'notice')).toBe('通知公告')
    expect(kindLabel(DEFAULT_BULLETIN_KINDS, 'new-kind')).toBe('new-kind')
  })
})
