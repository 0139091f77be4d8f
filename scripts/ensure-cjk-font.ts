/**
 * The report's chart images need a Chinese font (scripts/cjk-font.ts). This runs first in `npm test`,
 * like ensure-chromium: it installs Debian's fonts-wqy-microhei when running as root, or stops at once
 * with the exact command.
 */
import { existsSync, statSync } from 'node:fs'
import { cjkFontPath } from './cjk-font'
import { ensureDebianPackage } from './ensure-debian-package'

const path = cjkFontPath()
ensureDebianPackage({
  what: 'A Chinese font',
  packageName: 'fonts-wqy-microhei',
  path,
  works: () => existsSync(path) && statSync(path).size > 0,
  overrideVariable: 'CJK_FONT_PATH to a TTF/OTF/TTC with Chinese glyphs',
})
