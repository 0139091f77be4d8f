/** A small seeded PRNG (mulberry32), so every bench run uses the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A normally distributed sample (Box–Muller). */
export function gaussian(random: () => number, mean: number, deviation: number): number {
  const u = Math.max(random(), Number.EPSILON)
  return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}
