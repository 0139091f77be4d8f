import { CloudError } from '../../src/lib/cloud-error'

/** The CloudError a call fails with; fails the test if the call succeeds or throws anything else. */
export async function caughtCloudError(promise: Promise<unknown>): Promise<CloudError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof CloudError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}
