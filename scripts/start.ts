/**
 * `npm start`: the whole product on this machine. Builds the cloud functions and the H5 app, starts
 * the local CloudBase emulator with them (persistent data in .emulator-data/), seeds the demo data
 * on the first run, and serves the app. `npm start -- --reset` starts from empty; PORT picks the port.
 */
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { startEmulator } from '../emulator/src/emulator'
import { buildFunctions } from './build-functions'
import { localCloudbase } from './local-cloudbase'
import { localDeclaredTemplates, setLocalTemplateIds } from './local-subscribe-templates'
import { seedDemoDataOnce } from './seed/seed-demo-data'

const root = resolve(__dirname, '..')
const DEFAULT_PORT = 10086

function readPort(): number {
  const raw = process.env.PORT ?? String(DEFAULT_PORT)
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${raw}"`)
  return port
}

async function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  await new Promise<void>((done, fail) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    child.on('error', fail)
    child.on('exit', code => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2))
  const port = readPort()
  process.env.TENCENTCLOUD = 'true'

  console.log('Building cloud functions…')
  await buildFunctions()
  if (!args.has('--no-build')) {
    console.log('Building the H5 app (about half a minute)…')
    await run('npm', ['run', '--silent', 'build:h5'], { ...process.env, TARO_APP_LOCAL_STACK: 'true', TARO_APP_GATEWAY: '' })
  }

  // Subscribe messages work locally as on a configured deployment: sent into the emulator's WeChat outbox.
  setLocalTemplateIds()
  const emulator = await startEmulator({
    port,
    dataDir: join(root, '.emulator-data'),
    reset: args.has('--reset'),
    databaseConfig: join(root, 'database', 'collections.json'),
    functionsDir: join(root, 'dist', 'cloudfunctions'),
    cloudbaserc: join(root, 'cloudbaserc.json'),
    storageRules: join(root, 'database', 'storage-security-rules.json'),
    hostingDir: join(root, 'dist', 'h5'),
    functionTimers: 'auto',
    wx: { templates: localDeclaredTemplates() },
    log: line => console.log(`[emulator] ${line}`),
  })

  const seeded = await seedDemoDataOnce(localCloudbase(emulator.adminUrl).database(), new Date())
  if (seeded.length > 0) console.log(`Seeded demo data:\n  ${seeded.join('\n  ')}`)

  console.log(`CloudBase emulator listening on ${emulator.adminUrl}`)
  console.log(`App: ${emulator.origin}/`)
  console.log('Demo identities (switch at the top of the app): 职工 demo-worker · 工作人员 demo-staff · 律师 demo-lawyer · 管理员 demo-admin')
  console.log('Press Ctrl-C to stop.')

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal}: stopping…`)
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
