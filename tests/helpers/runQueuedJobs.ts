import type { Payload } from 'payload'

/**
 * Runs the job queue round after round until a round finds nothing to run, at most `rounds`
 * times: jobs queue jobs (notifyEditors queues one sendMail per editor), and a refused message
 * waits for its retry, which the cap keeps a test from spinning on.
 */
export async function runQueuedJobs(payload: Payload, rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const { jobStatus } = await payload.jobs.run({ limit: 100 })
    if (Object.keys(jobStatus ?? {}).length === 0) return
  }
}
