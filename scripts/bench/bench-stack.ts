import { join, resolve } from 'node:path'
import { startEmulator, type RunningEmulator } from '../../emulator/src/emulator'
import { buildFunctions } from '../build-functions'

const root = resolve(__dirname, '..', '..')

/**
 * Builds the named functions into the bench's own folder (so a bench never runs a stale `dist`) and starts
 * an in-memory emulator hosting them with the product's collections, timers manual: the whole path a
 * phone's request takes, gateway → function → SDK → emulator.
 */
export async function startBenchStack(bench: string, functionNames: readonly string[]): Promise<RunningEmulator> {
  process.stdout.write(`building the ${functionNames.join(' and ')} function${functionNames.length === 1 ? '' : 's'}…\n`)
  const functionsDir = join(root, '.cache', bench, 'functions')
  await buildFunctions([...functionNames], functionsDir)
  return await startEmulator({
    inMemory: true,
    databaseConfig: join(root, 'database', 'collections.json'),
    functionsDir,
    cloudbaserc: join(root, 'cloudbaserc.json'),
    storageRules: join(root, 'database', 'storage-security-rules.json'),
    functionTimers: 'manual',
  })
}
