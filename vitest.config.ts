import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'serve',
          include: ['tests/serve/**/*.spec.ts'],
          environment: 'node',
          // One astro build of the fixtures, the preview server and Debian's nginx.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          environment: 'node',
          // Each file boots its own Payload on its own database; forks give each a clean process.
          pool: 'forks',
          isolate: true,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
          globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
        },
      },
    ],
  },
})
