import { z } from 'zod'

/** What publishBench.ts tells one run of publishRun.ts (one JSON argument, see childOptions.ts). */
export const publishRunOptions = z.object({
  /** One size of BENCH_ORGS. */
  orgs: z.number().int().positive(),
  /** What to measure: BENCH_PHASES_SQLITE or BENCH_PHASES_POSTGRES (publishRun.ts's header). */
  phases: z.array(z.enum(['full', 'plain', 'latency1', 'latency2', 'full2', 'partial'])).min(1),
})

export type PublishRunOptions = z.input<typeof publishRunOptions>
