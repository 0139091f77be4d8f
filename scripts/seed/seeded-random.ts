/** A deterministic random source: numbers in [0, 1). Seeds and benches use it so the same seed gives the same data. */
export type Random = () => number

/** mulberry32: small, fast and good enough for generated demo and bench data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A normally distributed sample around 0 (Box–Muller). */
export function gaussian(random: Random, deviation: number): number {
  const u = Math.max(random(), Number.EPSILON)
  return deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}
