import { readdirSync } from 'node:fs'
import type { RunningEmulator } from '../../emulator/src/emulator'

/**
 * Starts one instance of every built function before a test's first tap, as a deployed function is
 * already running when a phone calls it. A cold start (a process, the SDK, the bundle) is paid by the
 * stack, not by the first page, whose client gives up after its deadline: on a busy two-core machine a
 * cold start alone can take longer than that. Each function is asked for nothing (no action), which it
 * refuses without touching any data.
 */
export async function warmFunctions(emulator: RunningEmulator): Promise<void> {
  const functions = emulator.functions
  if (functions === undefined) return
  const names = readdirSync(functions.functionsDir, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name)
  await Promise.all(names.map(name => functions.invoke(name, {})))
}
