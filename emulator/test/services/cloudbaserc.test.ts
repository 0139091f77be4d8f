import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CloudbaseConfigError, readCloudbaserc } from '../../src/functions/cloudbaserc'
import { FIXTURES } from './start-services'

describe('cloudbaserc.json', () => {
  const folder = mkdtempSync(join(tmpdir(), 'emulator-cloudbaserc-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  function configWith(functions: unknown[]): string {
    const file = join(folder, `cloudbaserc-${Math.random().toString(36).slice(2)}.json`)
    writeFileSync(file, JSON.stringify({ envId: 'prod-1', functionRoot: './functions', functions }))
    return file
  }

  it('reads timeouts, memory, env variables, handlers and timer triggers', () => {
    const config = readCloudbaserc(join(FIXTURES, 'cloudbaserc.json'))
    expect(config.functionRoot).toBe('./functions')
    const echo = config.functions.find(definition => definition.name === 'echo')
    expect(echo).toMatchObject({ timeoutSeconds: 5, memorySizeMb: 128, handlerFile: 'index.js', handlerExport: 'main', envVariables: { GREETING: 'hello' } })
    const nightly = config.functions.find(definition => definition.name === 'nightly')
    expect(nightly?.triggers.map(trigger => [trigger.name, trigger.schedule.expression])).toEqual([['midnight', '0 0 0 * * * *']])
  })

  it("applies CloudBase's defaults to what an entry leaves out", () => {
    const [definition] = readCloudbaserc(configWith([{ name: 'plain' }])).functions
    expect(definition).toMatchObject({ timeoutSeconds: 5, memorySizeMb: 256, handlerFile: 'index.js', handlerExport: 'main', envVariables: {}, triggers: [] })
  })

  it('fills {{env.NAME}} in env variables from the environment, as the CloudBase CLI does, and keeps unset ones as written', () => {
    process.env.EMULATOR_TEST_TEMPLATE_ID = 'tmpl-123'
    try {
      const [definition] = readCloudbaserc(
        configWith([{ name: 'f', envVariables: { SET: '{{env.EMULATOR_TEST_TEMPLATE_ID}}', UNSET: '{{ env.EMULATOR_TEST_NOT_SET }}', MIXED: 'id={{env.EMULATOR_TEST_TEMPLATE_ID}};' } }]),
      ).functions
      expect(definition?.envVariables).toEqual({ SET: 'tmpl-123', UNSET: '{{ env.EMULATOR_TEST_NOT_SET }}', MIXED: 'id=tmpl-123;' })
    } finally {
      delete process.env.EMULATOR_TEST_TEMPLATE_ID
    }
  })

  it("reads a function's instanceConcurrencyConfig as the CloudBase CLI does, defaulting to 100 invocations an instance", () => {
    const [single, defaulted] = readCloudbaserc(configWith([{ name: 'single', instanceConcurrencyConfig: { maxConcurrency: 1, dynamicEnabled: false } }, { name: 'plain' }])).functions
    expect(single?.instanceConcurrency).toBe(1)
    expect(defaulted?.instanceConcurrency).toBe(100)
  })

  it('reads a handler in another file and export', () => {
    const [definition] = readCloudbaserc(configWith([{ name: 'custom', handler: 'app.handler' }])).functions
    expect(definition).toMatchObject({ handlerFile: 'app.js', handlerExport: 'handler' })
  })

  it.each([
    ['a bad cron, naming the function and trigger', [{ name: 'f', triggers: [{ name: 't', type: 'timer', config: '0 0 0 * * *' }] }], /trigger t of f: invalid timer cron/],
    ['two triggers on one function', [{ name: 'f', triggers: [{ name: 'a', type: 'timer', config: '* * * * * * *' }, { name: 'b', type: 'timer', config: '* * * * * * *' }] }], /allows one per function/],
    ['a trigger name not starting with a letter', [{ name: 'f', triggers: [{ name: '1st', type: 'timer', config: '* * * * * * *' }] }], /trigger name/],
    ['a trigger that is not a timer', [{ name: 'f', triggers: [{ name: 't', type: 'cos', config: '' }] }], /only type "timer"/],
    ['a platform-reserved env variable', [{ name: 'f', envVariables: { WX_OPENID: 'forged' } }], /reserved by the platform/],
    ['a non-string env variable', [{ name: 'f', envVariables: { PORT: 8080 } }], /must be a string/],
    ['a runtime other than Node.js', [{ name: 'f', runtime: 'Python3.9' }], /Node\.js functions only/],
    ['a timeout out of range', [{ name: 'f', timeout: 0 }], /timeout must be/],
    ['a duplicate function', [{ name: 'f' }, { name: 'f' }], /declared twice/],
    ['a handler reaching outside the function', [{ name: 'f', handler: '../other.main' }], /handler/],
    ['an instance concurrency out of SCF\'s range', [{ name: 'f', instanceConcurrencyConfig: { maxConcurrency: 101 } }], /maxConcurrency must be an integer, 1-100/],
    ['an unknown instance concurrency setting', [{ name: 'f', instanceConcurrencyConfig: { maxConcurency: 2 } }], /unknown property "maxConcurency"/],
  ])('refuses %s', (_, functions, message) => {
    const file = configWith(functions)
    expect(() => readCloudbaserc(file)).toThrow(CloudbaseConfigError)
    expect(() => readCloudbaserc(file)).toThrow(message)
  })

  it('refuses a file that is not JSON', () => {
    const file = join(folder, 'broken.json')
    writeFileSync(file, '{ "functions": [ ')
    expect(() => readCloudbaserc(file)).toThrow(/cannot be read as JSON/)
  })
})
