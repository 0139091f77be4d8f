import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startEmulator, type RunningEmulator } from '../../emulator/src/emulator'
import { localCloudbase, type LocalCloudbase } from '../../scripts/local-cloudbase'
import { localDeclaredTemplates, withLocalTemplateIds } from '../../scripts/local-subscribe-templates'
import { DEMO_SEEDERS } from '../../scripts/seed/seed-demo-data'
import { MiniProgram, type LaunchOptions } from './harness/mini-program'

const root = resolve(__dirname, '..', '..')
export const WEAPP_BUILD_DIR = join(root, 'dist', 'weapp')

/** The demo people of the local stack, by openid. */
export type DemoIdentity = 'demo-worker' | 'demo-staff' | 'demo-lawyer' | 'demo-admin'

/** What a test may choose about the launch; the build and the emulator come from the stack. */
export type WeappLaunchOptions = Omit<LaunchOptions, 'buildDir' | 'identity'>

/** The product as a person meets it inside WeChat: the weapp build against the emulator's real functions. */
export interface WeappStack {
  readonly emulator: RunningEmulator
  readonly app: LocalCloudbase
  /** Opens the mini-program in WeChat as this person; closed by `stop` if the test does not. */
  launch(identity: DemoIdentity | (string & {}), options?: WeappLaunchOptions): Promise<MiniProgram>
  stop(): Promise<void>
}

export interface WeappStackOptions {
  /** The demo seeders to run, by name (default: every feature's demo data). */
  readonly demoData?: readonly string[]
  /**
   * Configure the local subscribe-message template ids (scripts/local-subscribe-templates.ts), as a
   * deployment with its templates set up: the app asks for them, the functions send to the emulator's
   * WeChat outbox. Default false: no template configured, the service not open yet.
   */
  readonly subscribeTemplates?: boolean
}

/**
 * Starts an in-memory emulator hosting the built functions with the features' demo data.
 * `npm test` builds dist/weapp first (`npm run build:weapp`).
 */
export async function startWeappStack(options: WeappStackOptions = {}): Promise<WeappStack> {
  if (!existsSync(join(WEAPP_BUILD_DIR, 'app.json'))) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` (npm test builds it before the weapp tests).')
  }
  const start = () =>
    startEmulator({
      inMemory: true,
      databaseConfig: join(root, 'database', 'collections.json'),
      functionsDir: join(root, 'dist', 'cloudfunctions'),
      cloudbaserc: join(root, 'cloudbaserc.json'),
      functionTimers: 'manual',
      wx: options.subscribeTemplates === true ? { templates: localDeclaredTemplates() } : {},
    })
  const emulator = options.subscribeTemplates === true ? await withLocalTemplateIds(start) : await start()
  const app = localCloudbase(emulator.adminUrl)
  const now = new Date()
  for (const seeder of DEMO_SEEDERS) {
    if (options.demoData === undefined || options.demoData.includes(seeder.name)) await seeder.run(app.database(), now)
  }
  const launched = new Set<MiniProgram>()
  return {
    emulator,
    app,
    async launch(identity, launchOptions = {}) {
      const program = await MiniProgram.launch({ ...launchOptions, buildDir: WEAPP_BUILD_DIR, identity: { gatewayOrigin: emulator.origin, openid: identity } })
      launched.add(program)
      return program
    },
    async stop() {
      for (const program of launched) program.close()
      await emulator.stop()
    },
  }
}

/** The first-visit consent sheet: agree, as a person who wants to use the services would. */
export async function acceptConsent(app: MiniProgram): Promise<void> {
  const agree = await app.findByRole('button', { name: '同意并继续' })
  app.tap(agree)
  await app.waitFor(() => app.queryByRole('dialog', { name: '欢迎使用职工服务' }) === null, 'the consent sheet to close')
}
