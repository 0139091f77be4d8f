import { defineConfig } from 'vitest/config'

/**
 * One vitest run, several projects: each kind of test has its own folder and environment.
 * `npm test` runs them all; `npx vitest run --project <name>` runs one.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['src/domain/**/*.test.ts'],
          environment: 'node',
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
