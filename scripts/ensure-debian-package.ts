import { spawnSync } from 'node:child_process'

/** A Debian package some tests need, and how to tell it is there. */
export interface NeededPackage {
  /** What it is for, in the message: "Chromium", "a Chinese font". */
  readonly what: string
  readonly packageName: string
  /** Where it is expected, in the message. */
  readonly path: string
  readonly works: () => boolean
  /** The environment variable that points elsewhere instead. */
  readonly overrideVariable: string
}

/**
 * Runs first in `npm test` (npm cannot install these here): installs the package with apt-get when
 * running as root, or stops at once with the exact command to run.
 */
export function ensureDebianPackage(needed: NeededPackage): void {
  if (needed.works()) return
  const command = `apt-get update && apt-get install -y ${needed.packageName}`
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(`${needed.what} is missing at ${needed.path}. Some tests need Debian's ${needed.packageName} package. Run:\n\n  sudo sh -c '${command}'\n\nor set ${needed.overrideVariable}, then run npm test again.`)
    process.exit(1)
  }
  console.log(`${needed.what} is missing at ${needed.path}; installing Debian's ${needed.packageName} package (${command})…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', needed.packageName]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${result.status ?? 'signal'}). Install it by hand: ${command}`)
      process.exit(1)
    }
  }
  if (!needed.works()) {
    console.error(`${needed.packageName} was installed but ${needed.path} does not work; set ${needed.overrideVariable}.`)
    process.exit(1)
  }
}
