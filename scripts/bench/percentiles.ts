export interface Timing {
  readonly p50: number
  readonly p99: number
}

/** p50 and p99 of a list of durations (nearest-rank). */
export function percentiles(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN
  return { p50: rank(0.5), p99: rank(0.99) }
}

/** Milliseconds with a precision that suits them. */
export function formatMs(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`
}
