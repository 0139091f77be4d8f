import type { IdempotencyRepository } from '../runtime/repositories/idempotency-repository'

/** A client retries a write within minutes; a week of replay answers is far more than enough. */
const IDEMPOTENCY_KEY_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** Scheduled clean-up of records nobody needs after a while. */
export function housekeepingService(deps: { readonly idempotency: IdempotencyRepository; readonly now: () => Date }) {
  return {
    async purgeExpiredRecords(): Promise<{ idempotencyKeysRemoved: number }> {
      const cutoff = new Date(deps.now().getTime() - IDEMPOTENCY_KEY_LIFETIME_MS)
      return { idempotencyKeysRemoved: await deps.idempotency.removeOlderThan(cutoff) }
    },
  }
}
