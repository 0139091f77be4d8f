/**
 * Bundled into the weapp app (the aria plugin adds it to the platform's runtime modules): the
 * runtime counterpart of the template patch. Taro's runtime writes each prop under the alias its
 * own attribute list gives it (`p0`, `p1`…, in sorted order); unless the runtime knows the aria
 * attributes the templates read, every prop sorting after them lands in the wrong WXML attribute.
 */
import { mergeInternalComponents } from '@tarojs/shared'
import ARIA_ATTRIBUTES from './weapp-aria-attributes.json'

mergeInternalComponents(Object.fromEntries(Object.entries(ARIA_ATTRIBUTES).map(([component, attributes]) => [component, { ...attributes }])))
