import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The default data folder, relative to the working directory (git-ignored). */
export const DEFAULT_DATA_DIR = '.emulator-data'

const MARKER = '.cloudbase-emulator'

/**
 * Prepares the data folder: creates it, marks it as the emulator's, and with `reset` empties it first.
 * Refuses to empty a non-empty folder that the emulator did not create, so a wrong `--data` path
 * cannot wipe someone's files.
 */
export function prepareDataDirectory(path: string, reset: boolean): string {
  const directory = resolve(path)
  if (reset && existsSync(directory)) {
    const entries = readdirSync(directory)
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(`refusing to reset ${directory}: it is not an emulator data folder (no ${MARKER} file)`)
    }
    rmSync(directory, { recursive: true, force: true })
  }
  mkdirSync(directory, { recursive: true })
  const marker = join(directory, MARKER)
  if (!existsSync(marker)) writeFileSync(marker, 'CloudBase emulator data folder: safe to delete when the emulator is stopped.\n')
  return directory
}
