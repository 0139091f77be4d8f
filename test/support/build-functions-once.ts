import { buildFunctions } from '../../scripts/build-functions'

/** Vitest global setup: the integration tests run the functions as built bundles, built fresh here. */
export default async function setup(): Promise<void> {
  process.env.TENCENTCLOUD = 'true'
  await buildFunctions()
}
