import type { IPluginContext, TaroPlatform, TaroPlatformBase } from '@tarojs/service'
/**
 * The `aria-*` attributes WeChat reads (base library ≥ 2.7.1) that our components set, per Taro
 * component, with their template defaults ('' = unset). JSON, because both this plugin (loaded
 * by Taro's CLI, which transpiles only the plugin file itself) and the runtime module read it.
 */
import ARIA_ATTRIBUTES from './weapp-aria-attributes.json'

/** The runtime half of the patch, imported by the app entry after the platform's own runtime. */
const RUNTIME_MODULE = require.resolve('./weapp-aria-runtime.ts')

/**
 * WeChat reads `aria-*` attributes, but Taro only binds the attributes each component is known to
 * take, and aria-* are not among them: without this plugin every `ariaLabel` set in React would be
 * dropped from the weapp output. Taro keeps the attribute list twice, in the generated templates
 * (base.wxml) and in the runtime that fills them, and numbers props from it on both sides; the
 * plugin extends both with the same list (Taro's own platform plugins pair `mergeComponents` with
 * `mergeInternalComponents` the same way). test/build checks the two numberings agree.
 */
export default function weappAriaPlugin(ctx: IPluginContext): void {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: TaroPlatform | TaroPlatformBase) {
      if (platform.platform !== 'weapp') return
      if (!('template' in platform)) {
        throw new Error('weapp-aria plugin: the weapp platform has no template; aria attributes would be lost')
      }
      platform.template.mergeComponents(ctx, ARIA_ATTRIBUTES)
      const runtimePaths = Array.isArray(platform.runtimePath) ? platform.runtimePath : [platform.runtimePath]
      platform.runtimePath = [...runtimePaths, RUNTIME_MODULE]
    },
  })
}
