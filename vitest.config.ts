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
          // Generous: npm test runs this suite on SQLite and on PostgreSQL side by side with the
          // end-to-end suite, at a lower CPU priority (scripts/test.ts). A timeout here only
          // catches a hang; speed targets are measured by the benches, never by a test's timeout.
          testTimeout: 300_000,
          hookTimeout: 480_000,
          globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
        },
      },
    ],
  },
})
