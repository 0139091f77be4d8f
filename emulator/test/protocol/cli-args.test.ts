import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli-args'

describe('the emulator command line', () => {
  it('reads every option, in both --flag value and --flag=value forms', () => {
    expect(parseCliArgs(['--port', '0', '--data', 'tmp/data', '--functions=dist/functions', '--db-config', 'db.json', '--cloudbaserc', 'cloudbaserc.json', '--storage-rules', 'storage-rules.json', '--function-instances', '4', '--hosting', 'dist/h5', '--reset']))
      .toEqual({ port: 0, dataDir: 'tmp/data', functionsDir: 'dist/functions', databaseConfig: 'db.json', cloudbaserc: 'cloudbaserc.json', storageRules: 'storage-rules.json', functionInstances: 4, hostingDir: 'dist/h5', reset: true })
    expect(parseCliArgs(['--in-memory'])).toEqual({ inMemory: true })
  })

  it('refuses unknown arguments, missing values, bad ports and contradictory storage', () => {
    expect(() => parseCliArgs(['--prot', '80'])).toThrow(/unknown argument/)
    expect(() => parseCliArgs(['--data'])).toThrow(/needs a value/)
    expect(() => parseCliArgs(['--port', 'eighty'])).toThrow(/port/)
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/port/)
    expect(() => parseCliArgs(['--in-memory', '--data', 'x'])).toThrow(/cannot be used together/)
    expect(() => parseCliArgs(['--function-instances', '0'])).toThrow(/--function-instances must be a whole number of instances, 1-32/)
    expect(() => parseCliArgs(['--function-instances', 'many'])).toThrow(/--function-instances/)
    expect(() => parseCliArgs(['--function-instances=33'])).toThrow(/1-32/)
  })
})
