/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string
  export default src
}
declare module '*.jpg' {
  const src: string
  export default src
}
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro at build time: which platform this bundle is for. */
    TARO_ENV?: 'weapp' | 'h5'
    /** CloudBase environment id for the weapp build; `local` means "the one selected in WeChat DevTools". */
    TARO_APP_CLOUD_ENV?: string
    /** H5 only: base URL of the emulator's client gateway; empty means the page's own origin. */
    TARO_APP_GATEWAY?: string
    /** `true` when the H5 build is served by the local stack: shows the demo identity switcher. */
    TARO_APP_LOCAL_STACK?: string
  }
}
