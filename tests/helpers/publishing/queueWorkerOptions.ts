import { z } from 'zod'

/** What the multi-worker test tells queueWorkerProcess.ts (one JSON argument). */
export const queueWorkerOptions = z.object({
  /** Its sites, releases, work folder and log live here. */
  root: z.string().min(1),
  /** It exits once the queue stayed empty this long. */
  idleMs: z.number().int().positive().default(3000),
  batch: z.number().int().positive().default(10),
})

export type QueueWorkerOptions = z.input<typeof queueWorkerOptions>
