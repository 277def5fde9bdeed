import {defineConfig} from 'vitest/config'

// Workspace packages point their `@copydesk/source` export condition at `src/`,
// so tests run against the TypeScript sources without a build.
export default defineConfig({
  ssr: {
    resolve: {
      conditions: ['@copydesk/source', 'module', 'node', 'development|production']
    }
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000
  }
})
