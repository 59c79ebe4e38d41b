import { cpus } from 'node:os'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath } from './config/chromium'
import { readDeveloperConfig } from './config'

/**
 * End-to-end tests of the demo federation's sites: tests/e2e/globalSetup.ts seeds a fresh
 * database, builds every site and serves them on a free port; the tests browse them in Debian's
 * Chromium (no browser download here or in CI; CHROMIUM_PATH overrides it).
 */
const CHROMIUM_ARGS = [
  ...CHROMIUM_FLAGS,
  // Chromium resolves *.localhost to the loopback itself; this makes it independent of /etc/hosts.
  '--host-resolver-rules=MAP *.localhost 127.0.0.1, MAP localhost 127.0.0.1',
]

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  globalSetup: './tests/e2e/globalSetup.ts',
  // One browser per core: the accessibility sweep is CPU-bound in the renderer.
  workers: Math.max(1, Math.min(cpus().length, 4)),
  fullyParallel: true,
  forbidOnly: readDeveloperConfig().CI,
  retries: 0,
  // npm test runs the integration suites beside this one (at a lower CPU priority): a test that
  // takes 20 s alone may take a minute then. A timeout only catches a hang.
  timeout: 120_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'ru-RU',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'sites',
      testIgnore: [
        '**/adminPublish.e2e.spec.ts',
        '**/lostUpdate.e2e.spec.ts',
        '**/inquirySend.e2e.spec.ts',
        '**/inquiryInbox.e2e.spec.ts',
        '**/monitoring.e2e.spec.ts',
        '**/incomingInbox.e2e.spec.ts',
        '**/proposals.e2e.spec.ts',
        '**/adminSearch.e2e.spec.ts',
        '**/orgSettings.e2e.spec.ts',
        '**/siteVisits.e2e.spec.ts',
        '**/orgSwitcher.e2e.spec.ts',
        // A mandatory post to many sites asks for a confirmation first (issue 19).
        '**/wideMandatory.e2e.spec.ts',
        '**/adminRoutes.e2e.spec.ts',
        '**/adminRussian.e2e.spec.ts',
        '**/draftPreview.e2e.spec.ts',
        // Reach by name: a post sent to one union except one of its regions (issue 19).
        '**/reachByName.e2e.spec.ts',
      ],
    },
    // The admin specs build the admin (when its sources changed) and run the publishing worker:
    // alone, after the CPU-bound axe sweep, so that neither starves the other on two cores. One
    // worker runs the files one after the other and they share its publishing stack
    // (tests/e2e/helpers/adminStack.ts).
    {
      name: 'admin',
      testMatch: [
        '**/adminPublish.e2e.spec.ts',
        '**/lostUpdate.e2e.spec.ts',
        // The feedback form sent to the real CMS (issue 16).
        '**/inquirySend.e2e.spec.ts',
        // The inquiry answered in the admin and mailed to the member (issue 16).
        '**/inquiryInbox.e2e.spec.ts',
        // The monitoring dashboard and its XLSX (issue 18).
        '**/monitoring.e2e.spec.ts',
        // The review inbox: hide, pin, un-hide (issues 18, 19).
        '**/incomingInbox.e2e.spec.ts',
        // «Предложить выше» and the review of proposals (issue 19).
        '**/proposals.e2e.spec.ts',
        // The list search in Russian, case and ё/е folded (issue 19).
        '**/adminSearch.e2e.spec.ts',
        // The organization form's tabs and the confirmation of structure changes (issue 19).
        '**/orgSettings.e2e.spec.ts',
        // «Посещаемость»: the preview server's log counted by the visits job (issue 18).
        '**/siteVisits.e2e.spec.ts',
        // The organization switcher narrows the lists; the choice persists (issue 19).
        '**/orgSwitcher.e2e.spec.ts',
        // Every admin route opens from the production build, none compiled (issue 19).
        '**/adminRoutes.e2e.spec.ts',
        // A mandatory post to many sites asks for a confirmation first (issue 19).
        '**/wideMandatory.e2e.spec.ts',
        // Every screen of two demo roles read for words that are not Russian (issue 19).
        '**/adminRussian.e2e.spec.ts',
        // «Предпросмотр»: a saved draft on its organization's site layout (issue 19).
        '**/draftPreview.e2e.spec.ts',
        // Reach by name: a post sent to one union except one of its regions (issue 19).
        '**/reachByName.e2e.spec.ts',
      ],
      dependencies: ['sites'],
      workers: 1,
      fullyParallel: false,
      // These drive the admin beside two integration suites on two cores, where a client render
      // can trail its URL by seconds. Under CI one retry keeps such a race from losing a
      // landing; npm test names every test that needed it (tools/test/skipGate.ts), to be fixed.
      retries: readDeveloperConfig().CI ? 1 : 0,
    },
  ],
})
