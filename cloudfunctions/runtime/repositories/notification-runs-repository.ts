import type { DateKey } from '../../../src/domain/time/shanghai-time'
import type { Database } from '../cloudbase-app'
import { isDuplicateKeyError, typedCollection, type StoredDocument } from '../typed-collection'

export const RUNS_COLLECTION = 'notification_runs'

/**
 * One day's reminder run: started by the first dispatcher after 08:00, held with a lease so only one
 * dispatcher runs it, and marked done so the later runs of the day skip it. A run that stopped half
 * way is taken up again once its lease runs out; each reminder is enqueued once whatever happens.
 */
export interface RunDocument extends StoredDocument {
  readonly day: DateKey
  readonly state: 'running' | 'done'
  readonly dueAt: Date
  readonly leaseOwner: string | null
  readonly enqueued: number
  readonly startedAt: Date
  readonly finishedAt: Date | null
}

export function reminderRunId(day: DateKey): string {
  return `reminders-${day}`
}

/** The `notification_runs` collection. */
export function runsRepository(db: Database) {
  const runs = typedCollection<RunDocument>(db, RUNS_COLLECTION)
  const _ = db.command
  return {
    findById: (id: string) => runs.findById(id),
    /** Starts the run; false when another dispatcher started it first. */
    async start(run: RunDocument): Promise<boolean> {
      try {
        await runs.insert(run)
        return true
      } catch (error) {
        if (isDuplicateKeyError(error)) return false
        throw error
      }
    },
    /** Takes over a run whose lease ran out; false when it is done or another dispatcher holds it. */
    async takeOver(id: string, owner: string, now: Date, leaseUntil: Date): Promise<boolean> {
      await runs.updateWhere({ _id: id, state: 'running', dueAt: _.lte(now) }, { leaseOwner: owner, dueAt: leaseUntil })
      const run = await runs.findById(id)
      return run !== null && run.state === 'running' && run.leaseOwner === owner
    },
    async finish(id: string, owner: string, enqueued: number, at: Date): Promise<void> {
      await runs.updateWhere({ _id: id, leaseOwner: owner }, { state: 'done', leaseOwner: null, enqueued: _.inc(enqueued), finishedAt: at })
    },
  }
}

export type RunsRepository = ReturnType<typeof runsRepository>
