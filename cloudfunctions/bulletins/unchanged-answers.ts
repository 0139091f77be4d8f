/** How an instance keeps answers to identical requests. */
export interface UnchangedAnswersOptions {
  /** The longest an answer is given again, whatever the marks say. */
  readonly maxAgeMs: number
  /** Answers kept at most; the oldest goes first. */
  readonly maxEntries: number
  /** Milliseconds now. */
  readonly now: () => number
}

interface Entry<T> {
  readonly mark: string
  readonly at: number
  readonly answer: Promise<T>
}

/**
 * Answers of one instance kept for identical requests, each given again only while the data it was made
 * from is unchanged (the `mark` the caller read before asking, such as the time of the latest change)
 * and for at most `maxAgeMs`. Requests arriving while the same answer is being made wait for it instead
 * of making it again. A failed answer is not kept.
 *
 * The mark must be read before the answer is made: a change landing in between then only makes the
 * next request make the answer afresh, never keeps an older answer under a newer mark.
 */
export function unchangedAnswers<T>(options: UnchangedAnswersOptions) {
  const entries = new Map<string, Entry<T>>()

  return {
    answer(key: string, mark: string, make: () => Promise<T>): Promise<T> {
      const now = options.now()
      const kept = entries.get(key)
      if (kept !== undefined && kept.mark === mark && now - kept.at < options.maxAgeMs) return kept.answer
      entries.delete(key)
      while (entries.size >= options.maxEntries) {
        const oldest = entries.keys().next()
        if (oldest.done === true) break
        entries.delete(oldest.value)
      }
      const answer = make()
      const entry: Entry<T> = { mark, at: now, answer }
      entries.set(key, entry)
      answer.catch(() => {
        if (entries.get(key) === entry) entries.delete(key)
      })
      return answer
    },
  }
}

export type UnchangedAnswers<T> = ReturnType<typeof unchangedAnswers<T>>
