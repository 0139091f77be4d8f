import { defineConfig } from 'vitest/config'

/**
 * One vitest run, several projects: each kind of test has its own folder and environment.
 * `npm test` runs them all; `npx vitest run --project <name>` runs one.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // The mini-program's own code (src/lib, src/ui, src/features) in jsdom, rendering the real
        // Taro H5 components; @tarojs/taro is replaced by test/client/taro-mock.ts. The defines are
        // the build-time flags Taro's own webpack config sets for the H5 runtime.
        define: {
          DEPRECATED_ADAPTER_COMPONENT: 'false',
          ENABLE_INNER_HTML: 'true',
          ENABLE_ADJACENT_HTML: 'true',
          ENABLE_SIZE_APIS: 'false',
          ENABLE_TEMPLATE_CONTENT: 'true',
          ENABLE_CLONE_NODE: 'true',
          ENABLE_CONTAINS: 'true',
          ENABLE_MUTATION_OBSERVER: 'false',
        },
        resolve: {
          alias: [
            { find: /^@tarojs\/taro$/, replacement: '/test/client/taro-mock.ts' },
            { find: /^@tarojs\/components$/, replacement: '@tarojs/components/lib/react' },
          ],
        },
        test: {
          name: 'client',
          include: ['src/lib/**/*.test.{ts,tsx}', 'src/ui/**/*.test.{ts,tsx}', 'src/features/**/*.test.{ts,tsx}', 'test/client/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/client/setup.ts'],
          env: { TARO_ENV: 'h5', TZ: 'America/New_York' },
        },
      },
      {
        test: {
          name: 'domain',
          include: ['src/domain/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'functions',
          include: ['test/functions/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/build-functions-once.ts'],
          env: { TENCENTCLOUD: 'true' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/build-functions-once.ts'],
          env: { TENCENTCLOUD: 'true' },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium at a time: two cores, and each file starts its own emulator and browser.
          fileParallelism: false,
        },
      },
      {
        test: {
          // The weapp build run headlessly as WeChat runs it (test/weapp/harness), against the
          // emulator's real functions. Each file launches its own emulator; one file at a time
          // keeps two cores for the app, the functions and the emulator.
          name: 'weapp',
          include: ['test/weapp/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/build-functions-once.ts'],
          env: { TENCENTCLOUD: 'true', TZ: 'UTC' },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'emulator',
          include: ['emulator/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
