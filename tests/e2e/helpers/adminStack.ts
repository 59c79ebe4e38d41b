import { test as base } from '@playwright/test'
import { startPublishingStack, type PublishingStack } from './publishingStack'

/**
 * The admin specs share one publishing stack: the 'admin' project runs its files in one worker,
 * one after the other, and a worker fixture lives as long as the worker: the admin starts once
 * (and is built once per state of its sources, tools/lib/adminBuild.ts), not once per spec.
 */
export const test = base.extend<object, { stack: PublishingStack }>({
  stack: [
    // Playwright reads which fixtures a fixture needs from this pattern: none.
    async ({}, use) => {
      const stack = await startPublishingStack((line) => console.log(`[admin e2e] ${line}`))
      try {
        await use(stack)
      } finally {
        await stack.stop()
      }
    },
    // A first build of the admin (6 min at load 10–15) comes before the demo's publishing.
    { scope: 'worker', timeout: 1_800_000 },
  ],
})

export { expect } from '@playwright/test'
