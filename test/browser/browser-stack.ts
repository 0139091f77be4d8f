import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startEmulator, type RunningEmulator } from '../../emulator/src/emulator'
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium'
import { localCloudbase, type LocalCloudbase } from '../../scripts/local-cloudbase'
import { DEMO_SEEDERS } from '../../scripts/seed/seed-demo-data'
import { warmFunctions } from '../support/warm-functions'

const root = resolve(__dirname, '..', '..')
const h5Dir = join(root, 'dist', 'h5')

/** The demo people of the local stack, as the identity switcher names them. */
export type DemoIdentity = 'demo-worker' | 'demo-staff' | 'demo-lawyer' | 'demo-admin'

/** The whole product as a person meets it: the H5 build served by the emulator, with the demo data. */
export interface BrowserStack {
  readonly emulator: RunningEmulator
  readonly app: LocalCloudbase
  readonly browser: Browser
  /** Opens the app in a fresh browser context (its own storage) as a demo identity. */
  openApp(
    identity: DemoIdentity,
    options?: { readonly path?: string; readonly acceptPrivacy?: boolean; readonly viewport?: { readonly width: number; readonly height: number } },
  ): Promise<{ context: BrowserContext; page: Page }>
  stop(): Promise<void>
}

export interface BrowserStackOptions {
  /** Which demo seeders run (by name, as in DEMO_SEEDERS); every one when left out. */
  readonly demoData?: readonly string[]
}

/**
 * Starts an in-memory emulator with the built functions and H5 app and the features' demo data,
 * and Debian's Chromium. `npm run build` (part of `npm test`) produces dist/h5 first.
 */
export async function startBrowserStack(stackOptions: BrowserStackOptions = {}): Promise<BrowserStack> {
  if (!existsSync(join(h5Dir, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` (npm test builds it before the browser tests).')
  }
  const emulator = await startEmulator({
    inMemory: true,
    databaseConfig: join(root, 'database', 'collections.json'),
    functionsDir: join(root, 'dist', 'cloudfunctions'),
    cloudbaserc: join(root, 'cloudbaserc.json'),
    storageRules: join(root, 'database', 'storage-security-rules.json'),
    hostingDir: h5Dir,
    functionTimers: 'manual',
  })
  const app = localCloudbase(emulator.adminUrl)
  const now = new Date()
  for (const seeder of DEMO_SEEDERS) {
    if (stackOptions.demoData === undefined || stackOptions.demoData.includes(seeder.name)) await seeder.run(app.database(), now)
  }
  await warmFunctions(emulator)
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] })

  return {
    emulator,
    app,
    browser,
    async openApp(identity, options = {}) {
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
      // Nothing outside the machine is reachable: a request that leaves loopback is a bug.
      await context.route(url => !/^https?:\/\/127\.0\.0\.1[:/]/.test(url.toString()), route => route.abort())
      await context.addInitScript(openid => {
        window.localStorage.setItem('local-stack.demo-openid', openid)
      }, identity)
      const page = await context.newPage()
      await page.goto(`${emulator.origin}/${options.path ? `#/${options.path}` : ''}`)
      if (options.acceptPrivacy ?? true) await acceptPrivacyIfAsked(page)
      return { context, page }
    },
    async stop() {
      await browser.close()
      await emulator.stop()
    },
  }
}

/** The first-visit consent sheet: agree, as a person who wants to use the services would. */
export async function acceptPrivacyIfAsked(page: Page): Promise<void> {
  const agree = page.getByRole('button', { name: '同意并继续' })
  try {
    await agree.waitFor({ state: 'visible', timeout: 5_000 })
  } catch {
    return
  }
  await agree.click()
  await agree.waitFor({ state: 'hidden' })
}
