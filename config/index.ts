import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { readBuildEnv } from './build-env'

/**
 * Taro build configuration for both targets. `designWidth` 375 means a `px` in our CSS is a CSS
 * pixel on a 375-wide phone (pxtransform turns it into 2 rpx on weapp).
 */
export default defineConfig<'webpack5'>(async (merge, { command }) => {
  const platform = process.env.TARO_ENV ?? 'weapp'
  const env = readBuildEnv(platform, process.env, command)

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'worker-services',
    date: '2026-11-1',
    designWidth: 375,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [path.join(__dirname, 'plugins', 'weapp-aria.ts')],
    // Every TARO_APP_* the client reads is defined here, set or not, so no bundle ever refers to
    // a bare `process.env` (weapp has no `process`) and src/lib/env.ts sees a string or ''.
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(env.cloudEnv),
      TARO_APP_GATEWAY: JSON.stringify(env.gateway),
      TARO_APP_LOCAL_STACK: JSON.stringify(env.localStack),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Taro's default terser output escapes every non-ASCII character (ascii_only), so each Chinese
    // character in the bundle costs 6 bytes (\uXXXX) instead of UTF-8's 3. WeChat reads package files as
    // UTF-8, so the escape buys nothing and costs ~10 KB of the main package's budget.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      // Component styles are scoped by class name, so the order of CSS across chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Hash routing: any static host serves the app without rewrite rules.
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
