import { parseCliArgs, USAGE } from './cli-args'
import { startEmulator, type EmulatorOptions } from './emulator'

/**
 * `npm run emulator -- [options]`: starts the emulator, prints the line tools wait for
 * (`CloudBase emulator listening on http://127.0.0.1:<port>/admin`), and on SIGINT/SIGTERM stops
 * cleanly (flush, snapshot) before exiting.
 */
async function main(): Promise<void> {
  let options: EmulatorOptions
  try {
    options = parseCliArgs(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
    process.exit(2)
  }
  const emulator = await startEmulator({ ...options, log: line => process.stderr.write(`[emulator] ${line}\n`) })
  process.stdout.write(`CloudBase emulator listening on ${emulator.adminUrl}\n`)
  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return
    stopping = true
    process.stderr.write(`[emulator] ${signal}: stopping\n`)
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`[emulator] failed to stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`[emulator] failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
  process.exit(1)
})
