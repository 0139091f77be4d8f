import { readFileSync } from 'node:fs'
import { CronSyntaxError, parseCron, type CronSchedule } from './timers/parse-cron'

/** CloudBase's defaults for a function entry that omits them (CloudBase CLI, cloudbaserc.json reference). */
export const DEFAULT_TIMEOUT_SECONDS = 5
export const DEFAULT_MEMORY_SIZE_MB = 256
const DEFAULT_HANDLER = 'index.main'
/** CloudBase's range for a function timeout: 1–60 seconds. */
const MAX_TIMEOUT_SECONDS = 60
/**
 * Invocations one instance runs at once unless the function sets `instanceConcurrencyConfig`. SCF runs
 * one event per instance and starts as many instances as there are events; a local machine cannot, so
 * an emulator instance takes up to SCF's largest 单实例多并发 setting.
 */
export const DEFAULT_INSTANCE_CONCURRENCY = 100
/** SCF's range for 单实例多并发 (`instanceConcurrencyConfig.maxConcurrency`): 1–100. */
const MAX_INSTANCE_CONCURRENCY = 100
const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/
/** Environment variable names the platform sets itself and a function may not override. */
const RESERVED_ENV_PREFIXES = ['TENCENTCLOUD', 'SCF_', 'TCB_', 'WX_']

/** A timer trigger of a function. */
export interface TimerTriggerDefinition {
  readonly name: string
  readonly schedule: CronSchedule
}

/** How to run one function, from cloudbaserc.json or CloudBase's defaults. */
export interface FunctionDefinition {
  readonly name: string
  readonly timeoutSeconds: number
  readonly memorySizeMb: number
  /** Path of the handler module inside the function's folder, e.g. `index.js`. */
  readonly handlerFile: string
  /** Exported name of the handler, e.g. `main`. */
  readonly handlerExport: string
  readonly envVariables: Readonly<Record<string, string>>
  readonly triggers: readonly TimerTriggerDefinition[]
  /** Invocations one instance runs at once (`instanceConcurrencyConfig.maxConcurrency`). */
  readonly instanceConcurrency: number
}

/** The parts of cloudbaserc.json the functions host uses. */
export interface CloudbaseConfig {
  readonly envId: string | undefined
  readonly functionRoot: string | undefined
  readonly functions: readonly FunctionDefinition[]
}

/** A cloudbaserc.json the CloudBase CLI would refuse to deploy. */
export class CloudbaseConfigError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`)
    this.name = 'CloudbaseConfigError'
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The definition used for a built function that cloudbaserc.json does not mention. */
export function defaultFunctionDefinition(name: string): FunctionDefinition {
  return {
    name,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    memorySizeMb: DEFAULT_MEMORY_SIZE_MB,
    handlerFile: 'index.js',
    handlerExport: 'main',
    envVariables: {},
    triggers: [],
    instanceConcurrency: DEFAULT_INSTANCE_CONCURRENCY,
  }
}

function parseHandler(handler: string, fail: (reason: string) => never): { file: string; exportName: string } {
  const dot = handler.lastIndexOf('.')
  const file = handler.slice(0, dot)
  const exportName = handler.slice(dot + 1)
  if (dot <= 0 || exportName === '' || file.split('/').some(part => part === '..' || part === '')) {
    fail(`handler "${handler}" must look like "index.main" (file.export)`)
  }
  return { file: `${file}.js`, exportName }
}

function parseTriggers(raw: unknown, functionName: string, fail: (reason: string) => never): TimerTriggerDefinition[] {
  if (raw === undefined) return []
  if (!Array.isArray(raw)) fail(`functions.${functionName}.triggers must be an array`)
  // CloudBase allows one trigger per function ("一个函数目前只能配置一个触发器").
  if (raw.length > 1) fail(`function ${functionName} declares ${raw.length} triggers; CloudBase allows one per function`)
  return raw.map((trigger: unknown) => {
    if (!isRecord(trigger)) fail(`functions.${functionName}.triggers entries must be objects`)
    const { name, type, config } = trigger
    if (typeof name !== 'string' || !TRIGGER_NAME.test(name)) {
      fail(`trigger name ${JSON.stringify(name)} of ${functionName}: up to 60 of a-z A-Z 0-9 - _, starting with a letter`)
    }
    if (type !== 'timer') fail(`trigger ${name} of ${functionName}: only type "timer" is supported, got ${JSON.stringify(type)}`)
    if (typeof config !== 'string') fail(`trigger ${name} of ${functionName}: config must be a 7-field cron string`)
    try {
      return { name, schedule: parseCron(config) }
    } catch (error) {
      if (error instanceof CronSyntaxError) fail(`trigger ${name} of ${functionName}: ${error.message}`)
      throw error
    }
  })
}

function parseEnvVariables(raw: unknown, functionName: string, fail: (reason: string) => never): Record<string, string> {
  if (raw === undefined) return {}
  if (!isRecord(raw)) fail(`functions.${functionName}.envVariables must be an object of strings`)
  const variables: Record<string, string> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') fail(`envVariables.${key} of ${functionName} must be a string`)
    if (RESERVED_ENV_PREFIXES.some(prefix => key.startsWith(prefix))) {
      fail(`envVariables.${key} of ${functionName}: names starting with ${RESERVED_ENV_PREFIXES.join(', ')} are reserved by the platform`)
    }
    variables[key] = fillEnvPlaceholders(value)
  }
  return variables
}

/**
 * `{{env.NAME}}` in cloudbaserc.json is filled by the CloudBase CLI from the deploying machine's
 * environment; the emulator fills it from its own. A name that is not set stays as written, so the
 * function can tell "not configured" from an empty value.
 */
function fillEnvPlaceholders(value: string): string {
  return value.replace(/\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (placeholder, name: string) => process.env[name] ?? placeholder)
}

/** `instanceConcurrencyConfig: { maxConcurrency?: 1-100, dynamicEnabled?: boolean }`, as the CloudBase CLI takes it. */
function parseInstanceConcurrency(raw: unknown, functionName: string, fail: (reason: string) => never): number {
  if (raw === undefined) return DEFAULT_INSTANCE_CONCURRENCY
  if (!isRecord(raw)) fail(`functions.${functionName}.instanceConcurrencyConfig must be an object`)
  for (const key of Object.keys(raw)) {
    if (key !== 'maxConcurrency' && key !== 'dynamicEnabled') fail(`functions.${functionName}.instanceConcurrencyConfig: unknown property "${key}"`)
  }
  const { maxConcurrency, dynamicEnabled } = raw
  if (dynamicEnabled !== undefined && typeof dynamicEnabled !== 'boolean') fail(`functions.${functionName}.instanceConcurrencyConfig.dynamicEnabled must be a boolean`)
  if (maxConcurrency === undefined) return DEFAULT_INSTANCE_CONCURRENCY
  if (typeof maxConcurrency !== 'number' || !Number.isInteger(maxConcurrency) || maxConcurrency < 1 || maxConcurrency > MAX_INSTANCE_CONCURRENCY) {
    fail(`functions.${functionName}.instanceConcurrencyConfig.maxConcurrency must be an integer, 1-${MAX_INSTANCE_CONCURRENCY}`)
  }
  return maxConcurrency
}

function parseFunction(raw: unknown, fail: (reason: string) => never): FunctionDefinition {
  if (!isRecord(raw)) fail('functions entries must be objects')
  const { name, timeout, memorySize, runtime, handler } = raw
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,60}$/.test(name)) fail(`function name ${JSON.stringify(name)} is not valid`)
  if (runtime !== undefined && (typeof runtime !== 'string' || !/^nodejs/i.test(runtime))) {
    fail(`function ${name}: runtime ${JSON.stringify(runtime)} cannot run here (the emulator runs Node.js functions only)`)
  }
  if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > MAX_TIMEOUT_SECONDS)) {
    fail(`function ${name}: timeout must be an integer number of seconds, 1-${MAX_TIMEOUT_SECONDS}`)
  }
  if (memorySize !== undefined && (typeof memorySize !== 'number' || !Number.isInteger(memorySize) || memorySize <= 0)) {
    fail(`function ${name}: memorySize must be a positive integer (MB)`)
  }
  if (handler !== undefined && typeof handler !== 'string') fail(`function ${name}: handler must be a string`)
  const { file, exportName } = parseHandler(handler ?? DEFAULT_HANDLER, fail)
  return {
    name,
    timeoutSeconds: timeout ?? DEFAULT_TIMEOUT_SECONDS,
    memorySizeMb: memorySize ?? DEFAULT_MEMORY_SIZE_MB,
    handlerFile: file,
    handlerExport: exportName,
    envVariables: parseEnvVariables(raw.envVariables, name, fail),
    triggers: parseTriggers(raw.triggers, name, fail),
    instanceConcurrency: parseInstanceConcurrency(raw.instanceConcurrencyConfig, name, fail),
  }
}

/** Reads and validates the functions section of a cloudbaserc.json (CloudBase CLI format). */
export function readCloudbaserc(file: string): CloudbaseConfig {
  const fail: (reason: string) => never = reason => {
    throw new CloudbaseConfigError(file, reason)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    fail(`cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (!isRecord(parsed)) fail('must be a JSON object')
  const { envId, functionRoot, functions } = parsed
  if (functions !== undefined && !Array.isArray(functions)) fail('functions must be an array')
  const definitions = (functions ?? []).map((entry: unknown) => parseFunction(entry, fail))
  const names = new Set<string>()
  for (const definition of definitions) {
    if (names.has(definition.name)) fail(`function ${definition.name} is declared twice`)
    names.add(definition.name)
  }
  return {
    envId: typeof envId === 'string' ? envId : undefined,
    functionRoot: typeof functionRoot === 'string' ? functionRoot : undefined,
    functions: definitions,
  }
}
