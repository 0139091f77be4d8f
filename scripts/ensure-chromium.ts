/**
 * The browser tests drive Debian's Chromium (npm cannot install a browser here). This runs first in
 * `npm test`: it installs the package when running as root, or stops at once with the exact command.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from './chromium'

const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium'

function works(path: string): boolean {
  if (!existsSync(path)) return false
  try {
    execFileSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 })
    return true
  } catch {
    return false
  }
}

function main(): void {
  const path = chromiumPath()
  if (works(path)) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(`Chromium is missing at ${path}. The browser tests need Debian's chromium package. Run:\n\n  sudo sh -c '${INSTALL_COMMAND}'\n\nor set CHROMIUM_PATH to a Chromium binary, then run npm test again.`)
    process.exit(1)
  }
  console.log(`Chromium is missing at ${path}; installing Debian's chromium package (${INSTALL_COMMAND})…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${result.status ?? 'signal'}). Install it by hand: ${INSTALL_COMMAND}`)
      process.exit(1)
    }
  }
  if (!works(path)) {
    console.error(`chromium was installed but ${path} does not run; set CHROMIUM_PATH to the binary.`)
    process.exit(1)
  }
}

main()
