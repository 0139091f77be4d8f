/**
 * A distance as a person would say it aloud: `350 米`, `1.2 公里`, `12 公里`.
 *
 * Under a kilometre: metres rounded to 10, never less than `10 米` (a GPS fix is not better than
 * that). 1–10 km: one decimal, with a trailing `.0` dropped (`1 公里`, not `1.0 公里`).
 * 10 km and more: whole kilometres. Rounding decides the unit, so 999 m reads `1 公里` and
 * 9,950 m reads `10 公里`. Chinese units are written out because `m`/`km` are read wrongly aloud
 * by screen readers and are less familiar to older workers.
 */
export function formatDistance(meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) throw new RangeError(`Invalid distance: ${meters}`)
  const tensOfMeters = Math.round(meters / 10)
  if (tensOfMeters < 100) return `${Math.max(10, tensOfMeters * 10)} 米`
  const tenthsOfKm = Math.round(meters / 100)
  if (tenthsOfKm < 100) {
    const whole = Math.floor(tenthsOfKm / 10)
    const tenth = tenthsOfKm % 10
    return tenth === 0 ? `${whole} 公里` : `${whole}.${tenth} 公里`
  }
  return `${Math.round(meters / 1000)} 公里`
}
