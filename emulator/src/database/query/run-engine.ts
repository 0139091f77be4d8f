import { MingoError } from 'mingo/util'
import { requestFailed } from '../database-errors'

/**
 * Runs query-engine work, answering the engine's own refusals (unknown operator, bad projection,
 * invalid update...) as DATABASE_REQUEST_FAILED with its message instead of an internal error.
 */
export function runEngine<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof MingoError) throw requestFailed(error.message)
    throw error
  }
}
