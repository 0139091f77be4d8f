import type { IPluginContext, TaroPlatform, TaroPlatformBase } from '@tarojs/service'

/**
 * WeChat reads `aria-*` attributes (base library ≥ 2.7.1), but Taro's generated templates only
 * bind the attributes each component is known to take, and aria-* are not among them: without
 * this patch every `ariaLabel` set in React would be dropped from the weapp output. Attribute
 * values are template defaults ('' = unset).
 */
const ARIA_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  View: {
    'aria-role': '',
    'aria-label': '',
    'aria-hidden': '',
    'aria-live': '',
    'aria-checked': '',
    'aria-disabled': '',
    'aria-modal': '',
    'aria-busy': '',
    'aria-level': '',
  },
  Text: { 'aria-label': '', 'aria-hidden': '', 'aria-role': '' },
  Button: { 'aria-label': '' },
  Switch: { 'aria-label': '' },
  Input: { 'aria-label': '' },
  Textarea: { 'aria-label': '' },
  Image: { 'aria-label': '', 'aria-role': '' },
}

/** Taro plugin: adds WeChat's aria-* attributes to the weapp templates of the components above. */
export default function weappAriaPlugin(ctx: IPluginContext): void {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: TaroPlatform | TaroPlatformBase) {
      if (platform.platform !== 'weapp') return
      if (!('template' in platform)) {
        throw new Error('weapp-aria plugin: the weapp platform has no template; aria attributes would be lost')
      }
      platform.template.mergeComponents(ctx, ARIA_ATTRIBUTES)
    },
  })
}
