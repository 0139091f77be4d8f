import type { Database } from '../../cloudfunctions/runtime/cloudbase-app'
import { seedBulletinsDemo } from './bulletins-demo'
import { seedDemoUsers } from './demo-users'
import { seedStationsDemo } from './stations-demo'

/** One feature's demo data: idempotent, so a half-finished seed can simply run again. */
export interface DemoSeeder {
  readonly name: string
  run(db: Database, now: Date): Promise<number>
}

/** Every feature's demo data, in dependency order. A feature adds its seeder here. */
export const DEMO_SEEDERS: readonly DemoSeeder[] = [
  { name: 'demo users', run: seedDemoUsers },
  { name: 'stations', run: seedStationsDemo },
  { name: 'bulletins', run: seedBulletinsDemo },
]

/** Local-only bookkeeping: which seed version this data folder already has. */
const SEED_COLLECTION = 'local_seed_runs'
const SEED_VERSION = 'demo-v1'

async function ensureCollection(db: Database, name: string): Promise<void> {
  try {
    await db.createCollection(name)
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : ''
    if (!/EXIST/i.test(code)) throw error
  }
}

/**
 * Seeds the demo data once per data folder (first `npm start`, or after `--reset`); later starts
 * keep whatever the person changed. Returns a line per seeder, or null when already seeded.
 */
export async function seedDemoDataOnce(db: Database, now: Date): Promise<string[] | null> {
  await ensureCollection(db, SEED_COLLECTION)
  const marker = await db.collection(SEED_COLLECTION).doc(SEED_VERSION).get()
  if (Array.isArray(marker.data) && marker.data.length > 0) return null
  const lines: string[] = []
  for (const seeder of DEMO_SEEDERS) lines.push(`${seeder.name}: ${await seeder.run(db, now)} added`)
  await db.collection(SEED_COLLECTION).add({ _id: SEED_VERSION, seededAt: now })
  return lines
}
