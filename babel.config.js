// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
//
// Script targets are set here rather than taken from package.json's browserslist (Android 4.1 /
// iOS 8, which is about CSS prefixes): weapp code runs in WeChat's own JS engine (bundled V8 on
// Android, the system JavaScriptCore on iOS, and current WeChat needs iOS 12+), and the H5 build
// is a local preview for current browsers. Transpiling async/await and classes for browsers that
// cannot run WeChat would only add regenerator-runtime and helpers to the 500 KB main package.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        targets: { ios: '12', chrome: '70' },
        ignoreBrowserslistConfig: true,
      },
    ],
  ],
}
