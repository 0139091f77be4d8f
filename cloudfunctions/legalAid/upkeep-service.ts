import type { UpkeepReport } from '../../src/domain/contracts/legal-aid'
import { isOwnUpload } from '../../src/domain/storage/upload-folder'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import type { Logger } from '../runtime/logger'
import { STALE_CLAIM_MS } from './booking-service'
import type { LegalAidDependencies } from './legal-aid-dependencies'
import { addReports, materialiseRoster, NOTHING_MATERIALISED } from './materialise-slots'

/** Cases anonymised per run: the rest wait for the next day's run. */
const ANONYMISE_BATCH = 200
const SLOT_PAGE = 500

/**
 * The daily upkeep the timer runs (CloudBase allows one timer per function, so it does all three):
 * every roster's slots materialised for the booking horizon, claims on places that were never booked
 * released, and finished cases past the retention period anonymised, their evidence photos deleted.
 */
export function upkeepService(deps: LegalAidDependencies) {
  async function releaseStaleClaims(today: string, now: Date, log: Logger): Promise<number> {
    let released = 0
    for (let skip = 0; ; skip += SLOT_PAGE) {
      const page = await deps.slots.withHoldersFrom(today, skip, SLOT_PAGE)
      for (const slot of page) {
        for (const caseId of await deps.slots.staleClaims(slot, now, STALE_CLAIM_MS)) {
          if (await deps.slots.release(slot._id, caseId, now)) released += 1
        }
      }
      if (page.length < SLOT_PAGE) break
    }
    if (released > 0) log.warn('stale_claims_released', { released })
    return released
  }

  async function anonymiseExpired(retentionYears: number, now: Date): Promise<{ cases: number; files: number }> {
    const cutoff = new Date(now)
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - retentionYears)
    const expired = await deps.cases.finishedBefore(cutoff, ANONYMISE_BATCH)
    let cases = 0
    let files = 0
    for (const document of expired) {
      // Files first, while the case still points at them; only the worker's own uploads.
      const own = document.userId === null ? [] : (document.photos ?? []).filter(fileId => isOwnUpload(fileId, document.userId ?? '', 'legal-evidence'))
      files += await deps.deleteFiles(own)
      if (await deps.cases.anonymise(document._id, now)) cases += 1
    }
    return { cases, files }
  }

  return {
    async upkeep(log: Logger): Promise<UpkeepReport> {
      const now = deps.now()
      const config = await deps.config(log)
      const today = shanghaiDateKey(now)
      const window = { firstDay: today, lastDay: addDays(today, config.settings.horizonDays - 1) }
      let slots = NOTHING_MATERIALISED
      for (const roster of await deps.rosters.all()) {
        slots = addReports(slots, await materialiseRoster(deps, roster, window, config.calendar, now))
      }
      const claimsReleased = await releaseStaleClaims(today, now, log)
      const anonymised = await anonymiseExpired(config.settings.retentionYears, now)
      return { slots, claimsReleased, casesAnonymised: anonymised.cases, filesDeleted: anonymised.files }
    },
  }
}
