/**
 * The browser tests drive Debian's Chromium (npm cannot install a browser here). This runs first in
 * `npm test`: it installs the package when running as root, or stops at once with the exact command.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from './chromium'
import { ensureDebianPackage } from './ensure-debian-package'

function works(path: string): boolean {
  if (!existsSync(path)) return false
  try {
    execFileSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 })
    return true
  } catch {
    return false
  }
}

const path = chromiumPath()
ensureDebianPackage({ what: 'Chromium', packageName: 'chromium', path, works: () => works(path), overrideVariable: 'CHROMIUM_PATH to a Chromium binary' })
