import { buildSync } from 'esbuild'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

let builtRunner: string | undefined

/**
 * The path of function-runner.ts compiled to one plain CommonJS file. Children run it with bare
 * `node`, so no TypeScript loader hooks sit between a function and Node, as in SCF. Built once per
 * emulator process into a temporary folder removed at exit.
 */
export function functionRunnerScript(): string {
  if (builtRunner !== undefined) return builtRunner
  const folder = mkdtempSync(join(tmpdir(), 'cloudbase-emulator-runner-'))
  const outfile = join(folder, 'function-runner.cjs')
  buildSync({
    entryPoints: [join(__dirname, 'function-runner.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    logLevel: 'error',
  })
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }))
  builtRunner = outfile
  return outfile
}
