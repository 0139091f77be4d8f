import type { Database } from '../../cloudfunctions/runtime/cloudbase-app'
import { seedBulletinsDemo } from './bulletins-demo'
import { seedDemoUsers } from './demo-users'
import { seedLegalAidDemo } from './legal-aid-demo'
import { seedStationsDemo } from './stations-demo'
import { seedTrainingDemo } from './training-demo'

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
  { name: 'legal aid', run: seedLegalAidDemo },
  { name: 'training', run: seedTrainingDemo },
]

/** Local-only bookkeeping: which feature's demo data this data folder already has. */
const SEED_COLLECTION = 'local_seed_runs'

async function ensureCollection(db: Database, name: string): Promise<void> {
  try {
    await db.createCollection(name)
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : ''
    if (!/EXIST/i.test(code)) throw error
  }
}

/**
 * Seeds each feature's demo data once per data folder (first `npm start`, or after `--reset`); later
 * starts keep whatever the person changed, and a feature added since gets its demo data on the next
 * start. Returns a line per seeder that ran (empty when everything was already seeded).
 */
export async function seedDemoDataOnce(db: Database, now: Date): Promise<string[]> {
  await ensureCollection(db, SEED_COLLECTION)
  const lines: string[] = []
  for (const seeder of DEMO_SEEDERS) {
    const marker = `demo:${seeder.name}`
    const existing = await db.collection(SEED_COLLECTION).doc(marker).get()
    if (Array.isArray(existing.data) && existing.data.length > 0) continue
    lines.push(`${seeder.name}: ${await seeder.run(db, now)} added`)
    await db.collection(SEED_COLLECTION).add({ _id: marker, seededAt: now })
  }
  return lines
}
