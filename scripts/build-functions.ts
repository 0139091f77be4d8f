/**
 * Bundles each cloud function with the shared runtime and contracts into one self-contained
 * `dist/cloudfunctions/<name>/index.js`, beside the `package.json` and `config.json` CloudBase
 * deploys with. The SDK stays external: CloudBase installs it from package.json in the cloud, and
 * locally Node finds it in the repository's node_modules.
 */
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..')
const sourceRoot = join(root, 'cloudfunctions')
const outputRoot = join(root, 'dist', 'cloudfunctions')
/** Shared code bundled into every function; not a function itself. */
const SHARED_FOLDERS = new Set(['runtime'])

interface RootPackage {
  readonly devDependencies: Readonly<Record<string, string>>
}

export function functionNames(): string[] {
  return readdirSync(sourceRoot, { withFileTypes: true })
    .filter(entry => entry.isDirectory() && !SHARED_FOLDERS.has(entry.name) && existsSync(join(sourceRoot, entry.name, 'index.ts')))
    .map(entry => entry.name)
    .sort()
}

/**
 * Builds in place: each file is overwritten, never the folder removed, so a running emulator (or a
 * parallel test project) never sees a function vanish mid-build. Folders of functions that no longer
 * exist in the source any more are removed. Concurrent calls in one process share one build.
 */
export function buildFunctions(names: readonly string[] = functionNames(), outputDir: string = outputRoot): Promise<void> {
  const key = `${outputDir}|${names.join(',')}`
  const running = inFlight.get(key)
  if (running) return running
  const pending = runBuild(names, outputDir).finally(() => inFlight.delete(key))
  inFlight.set(key, pending)
  return pending
}

const inFlight = new Map<string, Promise<void>>()

async function runBuild(names: readonly string[], outputDir: string): Promise<void> {
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as RootPackage
  const sdkVersion = rootPackage.devDependencies['@cloudbase/node-sdk']
  if (!sdkVersion) throw new Error('package.json does not pin @cloudbase/node-sdk')

  mkdirSync(outputDir, { recursive: true })
  const existing = new Set(functionNames())
  for (const entry of readdirSync(outputDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !existing.has(entry.name)) rmSync(join(outputDir, entry.name), { recursive: true, force: true })
  }
  await Promise.all(
    names.map(async name => {
      const outDir = join(outputDir, name)
      mkdirSync(outDir, { recursive: true })
      await build({
        entryPoints: [join(sourceRoot, name, 'index.ts')],
        outfile: join(outDir, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node18',
        format: 'cjs',
        external: ['@cloudbase/node-sdk'],
        legalComments: 'none',
        logLevel: 'warning',
      })
      writeFileSync(
        join(outDir, 'package.json'),
        `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { '@cloudbase/node-sdk': sdkVersion } }, null, 2)}\n`,
      )
      const configSource = join(sourceRoot, name, 'config.json')
      const config = existsSync(configSource) ? readFileSync(configSource, 'utf8') : `${JSON.stringify({ permissions: { openapi: [] } }, null, 2)}\n`
      writeFileSync(join(outDir, 'config.json'), config)
    }),
  )
}

if (require.main === module) {
  const started = Date.now()
  const names = functionNames()
  buildFunctions(names)
    .then(() => console.log(`Built ${names.length} cloud functions (${names.join(', ')}) into dist/cloudfunctions in ${Date.now() - started} ms`))
    .catch((error: unknown) => {
      console.error(error)
      process.exitCode = 1
    })
}
