import { z } from 'zod'

/** What a fault test tells faultWorkerProcess.ts (one JSON argument, see childOptions.ts). */
export const faultWorkerOptions = z.object({
  /** Its sites, releases, work folder and log live here. */
  root: z.string().min(1),
  batch: z.number().int().positive().default(10),
  leaseMs: z.number().int().positive().default(5000),
  /** Each build waits this long, so that a kill or an outage lands in the middle of a batch. */
  buildDelayMs: z.number().int().nonnegative().default(0),
})

export type FaultWorkerOptions = z.input<typeof faultWorkerOptions>
