/**
 * `npm run bench [-- <name filter>]`: runs every benchmark (emulator/bench/*-bench.ts and
 * scripts/bench/*-bench.ts) whose path in the repository contains the filter (`emulator` picks
 * emulator/bench/* and scripts/bench/emulator-*), one process each so they do not disturb each other,
 * and lets each print its own figures. Speed and memory targets live here, never in the tests.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const root = resolve(__dirname, '..')
const BENCH_FOLDERS = ['emulator/bench', 'scripts/bench', 'test/weapp']

function benchFiles(filter: string | undefined): string[] {
  return BENCH_FOLDERS.flatMap(folder => {
    const dir = join(root, folder)
    if (!existsSync(dir)) return []
    return readdirSync(dir)
      .filter(name => name.endsWith('-bench.ts'))
      .sort()
      .map(name => join(dir, name))
  }).filter(file => filter === undefined || relative(root, file).includes(filter))
}

function main(): void {
  const filter = process.argv[2]
  const files = benchFiles(filter)
  if (files.length === 0) {
    console.error(`no benchmark matches "${filter ?? ''}"`)
    process.exit(1)
  }
  let failed = 0
  for (const file of files) {
    console.log(`\n=== ${relative(root, file)} ===`)
    const result = spawnSync(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TENCENTCLOUD: 'true', NODE_ENV: 'production' },
    })
    if (result.status !== 0) failed += 1
  }
  if (failed > 0) {
    console.error(`\n${failed} benchmark(s) failed`)
    process.exit(1)
  }
}

main()
