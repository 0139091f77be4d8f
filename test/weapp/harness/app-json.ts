import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'

/** What the harness needs from a build's app.json and each page's or component's .json. */
export interface AppManifest {
  readonly pages: readonly string[]
  readonly tabPages: readonly string[]
  readonly window: Readonly<Record<string, unknown>>
  /** Declared plugins by name → the package that declares them ('' for the main package). */
  readonly plugins: ReadonlyMap<string, string>
}

function readJson(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file} is not a JSON object`)
  return parsed as Record<string, unknown>
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

export function readAppManifest(buildDir: string): AppManifest {
  const app = readJson(join(buildDir, 'app.json'))
  const subPackages = [...(Array.isArray(app.subPackages) ? app.subPackages : []), ...(Array.isArray(app.subpackages) ? app.subpackages : [])]
  const plugins = new Map<string, string>(Object.keys(typeof app.plugins === 'object' && app.plugins !== null ? app.plugins : {}).map(name => [name, '']))
  const subPages = subPackages.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return []
    const root = String(Reflect.get(entry, 'root') ?? '').replace(/\/+$/, '')
    const declared: unknown = Reflect.get(entry, 'plugins')
    for (const name of Object.keys(typeof declared === 'object' && declared !== null ? declared : {})) plugins.set(name, root)
    return strings(Reflect.get(entry, 'pages')).map(page => `${root}/${page}`)
  })
  const tabBar = typeof app.tabBar === 'object' && app.tabBar !== null ? (app.tabBar as Record<string, unknown>) : {}
  const tabPages = (Array.isArray(tabBar.list) ? tabBar.list : []).flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && typeof Reflect.get(item, 'pagePath') === 'string' ? [String(Reflect.get(item, 'pagePath'))] : [],
  )
  return {
    pages: [...strings(app.pages), ...subPages],
    tabPages,
    window: typeof app.window === 'object' && app.window !== null ? (app.window as Record<string, unknown>) : {},
    plugins,
  }
}

/** A page's or component's own .json (page settings, `usingComponents`); {} when it has none. */
export function readOwnJson(buildDir: string, path: string): Record<string, unknown> {
  const file = join(buildDir, `${path}.json`)
  return existsSync(file) ? readJson(file) : {}
}

/** The build path of a component a page or component uses, from its `usingComponents`. */
export function resolveUsedComponent(buildDir: string, ownerPath: string, tag: string): string | null {
  const using = readOwnJson(buildDir, ownerPath).usingComponents
  if (typeof using !== 'object' || using === null) return null
  const target = Reflect.get(using, tag)
  if (typeof target !== 'string') return null
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(ownerPath), target))
}

/** Splits `/packages/x/y?a=1&b=2` into the route and WeChat's query (values as given, not decoded). */
export function parsePageUrl(url: string, fromRoute: string | null): { readonly route: string; readonly query: Record<string, string> } {
  const mark = url.indexOf('?')
  const pathPart = mark === -1 ? url : url.slice(0, mark)
  const queryPart = mark === -1 ? '' : url.slice(mark + 1)
  const route = pathPart.startsWith('/') ? pathPart.slice(1) : posix.normalize(posix.join(fromRoute === null ? '' : posix.dirname(fromRoute), pathPart))
  const query: Record<string, string> = {}
  for (const pair of queryPart.split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    if (equals === -1) query[pair] = ''
    else query[pair.slice(0, equals)] = pair.slice(equals + 1)
  }
  return { route: route.replace(/\.html$/, ''), query }
}
