import { statSync } from 'node:fs'
import { join } from 'node:path'
import vm from 'node:vm'
import { compileWxmlBundle } from '../../../scripts/wechat-compilers'

/** What WeChat's compiled templates produce: a virtual tree the view layer turns into elements. */
export interface RawWxmlNode {
  readonly tag: string
  readonly attr?: Readonly<Record<string, unknown>>
  readonly children?: ReadonlyArray<RawWxmlNode | string>
}

/**
 * Renders a WXML file of the build with some data, through the official compiled templates. The
 * data must belong to the view's own realm (`cloneIntoView`): the templates' runtime tells objects
 * from arrays by `constructor`, as WeChat's view layer can, since it parses what setData sends.
 */
export interface ViewTemplates {
  render(wxmlPath: string, data: unknown): RawWxmlNode
  cloneIntoView<T>(value: T): T
}

type GeneratorFactory = (path: string) => ((env: unknown, scope: unknown, global: unknown) => RawWxmlNode) | undefined

const cache = new Map<string, { readonly builtAt: number; readonly templates: ViewTemplates }>()

/**
 * Compiles every template of the build with `wcc` (once per build) and evaluates the result in
 * its own context, as WeChat's view layer does: `$gwx(path)` gives a file's render function.
 */
export function loadViewTemplates(buildDir: string): ViewTemplates {
  const builtAt = statSync(join(buildDir, 'app.json')).mtimeMs
  const cached = cache.get(buildDir)
  if (cached !== undefined && cached.builtAt === builtAt) return cached.templates

  const script = compileWxmlBundle(buildDir)
  const viewGlobal: Record<string, unknown> = { console }
  viewGlobal.window = viewGlobal
  const context = vm.createContext(viewGlobal)
  vm.runInContext(script, context, { filename: 'wcc-output.js' })
  const factory = viewGlobal.$gwx as GeneratorFactory
  const viewJson = vm.runInContext('JSON', context) as JSON
  const templates: ViewTemplates = {
    render(wxmlPath, data) {
      const generate = factory(wxmlPath)
      if (generate === undefined) throw new Error(`the build has no template ${wxmlPath}`)
      return generate(data, {}, {})
    },
    cloneIntoView: value => (value === undefined ? value : (viewJson.parse(JSON.stringify(value)) as typeof value)),
  }
  cache.set(buildDir, { builtAt, templates })
  return templates
}
