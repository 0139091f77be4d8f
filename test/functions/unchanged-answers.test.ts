import { describe, expect, it } from 'vitest'
import { unchangedAnswers } from '../../cloudfunctions/bulletins/unchanged-answers'

function counting() {
  let made = 0
  return {
    make: (value: string) => async () => {
      made += 1
      return value
    },
    get made() {
      return made
    },
  }
}

describe('answers kept while their data is unchanged', () => {
  it('gives an answer again while the mark is the same and it is young enough', async () => {
    let now = 0
    const answers = unchangedAnswers<string>({ maxAgeMs: 3000, maxEntries: 10, now: () => now })
    const maker = counting()
    expect(await answers.answer('q', 'm1', maker.make('first'))).toBe('first')
    now = 2999
    expect(await answers.answer('q', 'm1', maker.make('second'))).toBe('first')
    expect(maker.made).toBe(1)
  })

  it('makes the answer afresh once the data changed, however young the kept one is', async () => {
    const answers = unchangedAnswers<string>({ maxAgeMs: 3000, maxEntries: 10, now: () => 0 })
    await answers.answer('q', 'm1', async () => 'before the change')
    expect(await answers.answer('q', 'm2', async () => 'after the change')).toBe('after the change')
  })

  it('never gives an answer past its age, even when the mark missed a change', async () => {
    let now = 0
    const answers = unchangedAnswers<string>({ maxAgeMs: 3000, maxEntries: 10, now: () => now })
    await answers.answer('q', 'm1', async () => 'old')
    now = 3000
    expect(await answers.answer('q', 'm1', async () => 'new')).toBe('new')
  })

  it('keeps different requests apart', async () => {
    const answers = unchangedAnswers<string>({ maxAgeMs: 3000, maxEntries: 10, now: () => 0 })
    await answers.answer('驿站', 'm', async () => 'stations')
    expect(await answers.answer('工会', 'm', async () => 'unions')).toBe('unions')
  })

  it('makes one answer for requests arriving while it is being made', async () => {
    const answers = unchangedAnswers<string>({ maxAgeMs: 3000, maxEntries: 10, now: () => 0 })
    const maker = counting()
    const all = await Promise.all(Array.from({ length: 5 }, () => answers.answer('q', 'm', maker.make('once'))))
    expect(all).toEqual(['once', 'once', 'once', 'once', 'once'])
    expect(maker.made).toBe(1)
  })

  it('does not keep a failure', async () => {
    const answers = unchangedAnswers<string>({ maxAgeMs: 3000, maxEntries: 10, now: () => 0 })
    await expect(answers.answer('q', 'm', async () => Promise.reject(new Error('database busy')))).rejects.toThrow('database busy')
    expect(await answers.answer('q', 'm', async () => 'recovered')).toBe('recovered')
  })

  it('keeps at most maxEntries answers, letting the oldest go', async () => {
    const answers = unchangedAnswers<string>({ maxAgeMs: 3000, maxEntries: 2, now: () => 0 })
    const maker = counting()
    await answers.answer('a', 'm', maker.make('a'))
    await answers.answer('b', 'm', maker.make('b'))
    await answers.answer('c', 'm', maker.make('c'))
    await answers.answer('b', 'm', maker.make('b again'))
    expect(maker.made).toBe(3)
    expect(await answers.answer('a', 'm', maker.make('a again'))).toBe('a again')
  })
})
