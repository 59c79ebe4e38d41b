/**
 * `tsx tests/e2e/helpers/runTaskNow.ts <task>`, in an e2e stack's environment (its database and
 * DATA_DIR): queues one job of a scheduled task and runs it at once through Payload's jobs API
 * (`jobs.queue`, then `jobs.runByID`), the same handler the admin's runner calls at the task's
 * period, so a spec checks a scheduled job's work without waiting for its cron. Prints how the
 * job ended; exits 1 when it failed.
 */
import '../../../tools/lib/signsNoLogins'
import type { TaskConfig } from 'payload'
import { runWithPayload } from '../../../tools/lib/runWithPayload'

const task = process.argv[2] ?? ''

await runWithPayload(
  async (payload) => {
    if (!payload.config.jobs.tasks?.some((t) => t.slug === task))
      throw new Error(`no task named "${task}"`)
    // On a queue of its own, which the admin's runner (queue `default`) leaves alone: this
    // process runs the job, and its result is known when the script ends.
    const job = await payload.jobs.queue({
      task: task as TaskConfig['slug'],
      input: {},
      queue: 'e2e-now',
    })
    // A completed job is deleted (Payload's default): its status is all there is to print.
    const { jobStatus } = await payload.jobs.runByID({ id: job.id, silent: true })
    const status = jobStatus?.[String(job.id)]?.status ?? 'not run'
    if (status !== 'success') throw new Error(`job ${job.id}: ${status}`)
    console.log(`${task}: job ${job.id} ${status}`)
  },
  (error) => `Running ${task} failed: ${error instanceof Error ? error.message : String(error)}`,
)
