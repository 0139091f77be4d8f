import { officialApiNames } from './api-names'
import type { FakeContext, WxApi } from './fake-context'

/** Members of `wx` that are values, not functions. */
const VALUE_MEMBERS = new Set(['cloud', 'env'])

/**
 * The `wx` object the app sees: every API of WeChat's official typings, answered by the fake's
 * parts where they implement it and refused loudly (named) everywhere else. An implementation of
 * an API WeChat does not have is a mistake in the fake, and stops the launch.
 */
export function assembleWx(context: FakeContext, implemented: Readonly<Record<string, WxApi>>, cloud: Readonly<Record<string, WxApi>>): Record<string, unknown> {
  const names = officialApiNames()
  const known = new Set(names.wx)
  const invented = Object.keys(implemented).filter(name => !known.has(name))
  const knownCloud = new Set(names.cloud)
  const inventedCloud = Object.keys(cloud).filter(name => !knownCloud.has(name))
  if (invented.length > 0 || inventedCloud.length > 0) {
    throw new Error(`the wx fake implements APIs WeChat does not have: ${[...invented, ...inventedCloud.map(name => `cloud.${name}`)].join(', ')}`)
  }
  const refuse = (name: string): WxApi => () => context.unexpected(name)

  // WEAPP_HARNESS_TRACE=1 prints every call the app makes to WeChat, for debugging a test.
  const traced = (name: string, api: WxApi): WxApi =>
    process.env.WEAPP_HARNESS_TRACE === '1'
      ? (...args: unknown[]) => {
          console.log(`[wx] ${name}(${JSON.stringify(args[0], (_key, value: unknown) => (typeof value === 'function' ? 'ƒ' : value))?.slice(0, 200) ?? ''})`)
          return api(...args)
        }
      : api

  const wx: Record<string, unknown> = {}
  for (const name of names.wx) {
    if (VALUE_MEMBERS.has(name)) continue
    wx[name] = traced(`wx.${name}`, implemented[name] ?? refuse(`wx.${name}`))
  }
  wx.env = { USER_DATA_PATH: 'http://usr' }
  wx.cloud = Object.fromEntries(names.cloud.map(name => [name, traced(`wx.cloud.${name}`, cloud[name] ?? refuse(`wx.cloud.${name}`))]))
  return wx
}
