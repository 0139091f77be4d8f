import type { UserConfigExport } from '@tarojs/cli'

/** Production builds: Taro minifies by default; nothing here loads anything remote. */
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
