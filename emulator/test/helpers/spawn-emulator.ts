import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url))
const LISTENING = /CloudBase emulator listening on (http:\/\/127\.0\.0\.1:\d+\/admin)/

/** The emulator CLI running as a child process. */
export interface SpawnedEmulator {
  readonly child: ChildProcess
  readonly adminUrl: string
  /** Everything the child wrote to stderr so far (its log). */
  stderr(): string
  /** Resolves with the exit code (or signal) once the child has exited. */
  exited(): Promise<number | NodeJS.Signals | null>
}

/** Starts `node --import tsx emulator/src/cli.ts <args>` and waits for its listening line. */
export async function spawnEmulator(args: readonly string[]): Promise<SpawnedEmulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8') })
  const exit = new Promise<number | NodeJS.Signals | null>(resolve => child.once('exit', (code, signal) => resolve(code ?? signal)))
  const adminUrl = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      const match = LISTENING.exec(stdout)
      if (match?.[1] !== undefined) resolve(match[1])
    })
    void exit.then(code => reject(new Error(`the emulator exited (${String(code)}) before listening:\n${stderr}`)))
  })
  return { child, adminUrl, stderr: () => stderr, exited: () => exit }
}
