import { defineConfig } from 'vitest/config'

const OWN_SETUP = [
  'tests/int/backupRoundTrip.int.spec.ts',
  'tests/int/migrations.int.spec.ts',
  'tests/int/publishFaultsPostgres.int.spec.ts',
  'tests/int/workerWaitsForDatabase.int.spec.ts',
]

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
          exclude: OWN_SETUP,
          environment: 'node',
          // One process for the files that take their Payload from tests/helpers/testPayload.ts:
          // booted once, each file on an emptied database (about 4 CPU-seconds saved a file).
          pool: 'forks',
          isolate: false,
          fileParallelism: false,
          provide: { sharedPayload: true },
          setupFiles: ['tests/helpers/sharedPayloadSetup.ts'],
          // Then the files with their own setup, never beside the shared process (two cores).
          sequence: { groupOrder: 0 },
          testTimeout: 300_000,
          hookTimeout: 480_000,
          globalSetup: ['tests/helpers/postgresGlobalSetup.ts', 'tests/helpers/intDataRoot.ts'],
        },
      },
      {
        test: {
          name: 'int-own',
          include: OWN_SETUP,
          environment: 'node',
          // Files that set the environment and boot Payload (or its scripts) their own way.
          pool: 'forks',
          isolate: true,
          fileParallelism: false,
          provide: { sharedPayload: false },
          sequence: { groupOrder: 1 },
          testTimeout: 300_000,
          hookTimeout: 480_000,
          globalSetup: ['tests/helpers/postgresGlobalSetup.ts', 'tests/helpers/intDataRoot.ts'],
        },
      },
    ],
  },
})
