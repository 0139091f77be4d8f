/**
 * Entry point of a function's child process (bundled to plain JavaScript by build-runner.ts, so the
 * child runs with no loader hooks, as in SCF). Loads the function's module once, then runs each
 * invocation the host sends, concurrently; the caller's identity arrives only in `context`.
 * argv: <handler module path> <export name>
 */
import { inspect } from 'node:util'
import type { HostMessage, RunnerMessage, ScfContext, SerializedError } from './runner-protocol'

type Handler = (event: unknown, context: ScfContext, callback: (error: unknown, value?: unknown) => void) => unknown

function send(message: RunnerMessage): void {
  process.send?.(message)
}

/** Exits once the message is handed to the IPC channel, so the host learns why the process ended. */
function sendThenExit(message: RunnerMessage): void {
  if (process.send) process.send(message, () => process.exit(1))
  else process.exit(1)
}

/** The error's stack cut where the runner's own frames begin: they mean nothing to the function's author. */
function userStack(stack: string | undefined): string | undefined {
  if (stack === undefined) return undefined
  const lines = stack.split('\n')
  const runnerFrame = lines.findIndex(line => line.includes(__filename))
  return (runnerFrame === -1 ? lines : lines.slice(0, runnerFrame)).join('\n')
}

function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: userStack(error.stack) }
  return { name: 'Error', message: typeof error === 'string' ? error : inspect(error), stack: undefined }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
}

function loadHandler(modulePath: string, exportName: string): Handler {
  // The function bundle is CommonJS, loaded the way SCF's Node runtime loads it.
  const loaded: unknown = require(modulePath)
  const handler = typeof loaded === 'object' && loaded !== null ? (loaded as Record<string, unknown>)[exportName] : undefined
  if (typeof handler !== 'function') throw new Error(`${modulePath} does not export a function "${exportName}"`)
  return handler as Handler
}

/** Runs the handler as SCF's Node runtime does: a returned promise or value, or the callback. */
function runHandler(handler: Handler, event: unknown, context: ScfContext): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (error: unknown, value?: unknown): void => {
      if (settled) return
      settled = true
      if (error !== null && error !== undefined) reject(error)
      else resolve(value)
    }
    const returned = handler(event, context, settle)
    if (isThenable(returned)) returned.then(value => settle(null, value), (error: unknown) => settle(error ?? new Error('rejected without a reason')))
    else if (handler.length < 3) settle(null, returned)
  })
}

async function invoke(handler: Handler, message: HostMessage): Promise<void> {
  try {
    const event: unknown = JSON.parse(message.eventJson)
    const value = await runHandler(handler, event, message.context)
    const responseJson = JSON.stringify(value === undefined ? null : value)
    send({ type: 'result', id: message.id, responseJson })
  } catch (error) {
    send({ type: 'failed', id: message.id, error: serializeError(error) })
  }
}

function main(): void {
  const [modulePath, exportName] = process.argv.slice(2)
  if (modulePath === undefined || exportName === undefined) throw new Error('function-runner needs <module> <export>')
  // The host going away (emulator stopped or killed) ends the function's process with it.
  process.on('disconnect', () => process.exit(0))
  process.on('uncaughtException', error => sendThenExit({ type: 'crashed', error: serializeError(error) }))
  let handler: Handler
  try {
    handler = loadHandler(modulePath, exportName)
  } catch (error) {
    sendThenExit({ type: 'load-failed', error: serializeError(error) })
    return
  }
  process.on('message', (message: HostMessage) => {
    if (message.type === 'invoke') void invoke(handler, message)
  })
  send({ type: 'ready' })
}

main()
