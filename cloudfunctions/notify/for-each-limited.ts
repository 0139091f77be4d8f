/**
 * Runs `work` on every item with at most `limit` running at once, and waits for all of them. A failure
 * of one item does not stop the others; the first failure is rethrown once all have finished.
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { readonly error: unknown } | null = null
  async function lane(): Promise<void> {
    while (next < items.length) {
      const item = items[next] as T
      next += 1
      try {
        await work(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  if (failure !== null) throw (failure as { readonly error: unknown }).error
}
