import type { EmulatorOptions } from './emulator'
import { checkFunctionInstances } from './functions/function-instances'

/** The usage line printed with argument errors. */
export const USAGE = 'usage: emulator [--port <port>] [--data <dir> | --in-memory] [--reset] [--db-config <file>] [--functions <dir>] [--cloudbaserc <file>] [--storage-rules <file>] [--function-instances <n>] [--hosting <dir>]'

const VALUE_FLAGS: Readonly<Record<string, keyof EmulatorOptions>> = {
  '--data': 'dataDir',
  '--db-config': 'databaseConfig',
  '--functions': 'functionsDir',
  '--cloudbaserc': 'cloudbaserc',
  '--storage-rules': 'storageRules',
  '--hosting': 'hostingDir',
}

/** Reads the CLI's arguments into emulator options; throws an Error naming the bad argument. */
export function parseCliArgs(argv: readonly string[]): EmulatorOptions {
  const options: { -readonly [K in keyof EmulatorOptions]: EmulatorOptions[K] } = {}
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? ''
    const [flag = '', inline] = argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s, 2) : [argument, undefined]
    const takeValue = (): string => {
      if (inline !== undefined) return inline
      const value = argv[index + 1]
      if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`)
      index += 1
      return value
    }
    if (flag === '--in-memory') options.inMemory = true
    else if (flag === '--reset') options.reset = true
    else if (flag === '--port') {
      const value = takeValue()
      const port = Number(value)
      if (!/^\d+$/.test(value) || port > 65535) throw new Error(`--port must be a port number (0 picks a free one), got "${value}"`)
      options.port = port
    } else if (flag === '--function-instances') {
      const value = takeValue()
      if (!/^\d+$/.test(value)) throw new Error(`--function-instances must be a whole number of instances, got "${value}"`)
      options.functionInstances = checkFunctionInstances(Number(value), '--function-instances')
    } else {
      const key = VALUE_FLAGS[flag]
      if (key === undefined) throw new Error(`unknown argument "${argument}"`)
      const value = takeValue()
      switch (key) {
        case 'dataDir': options.dataDir = value; break
        case 'databaseConfig': options.databaseConfig = value; break
        case 'functionsDir': options.functionsDir = value; break
        case 'cloudbaserc': options.cloudbaserc = value; break
        case 'storageRules': options.storageRules = value; break
        case 'hostingDir': options.hostingDir = value; break
      }
    }
  }
  if (options.inMemory === true && options.dataDir !== undefined) throw new Error('--in-memory and --data cannot be used together')
  return options
}
