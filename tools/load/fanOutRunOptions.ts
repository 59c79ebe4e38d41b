import { z } from 'zod'

/** What fanOutLoad.ts tells one run of fanOutRun.ts (one JSON argument, see childOptions.ts). */
export const fanOutRunOptions = z.object({
  /** Organizations of the synthetic network (LOAD_ORGS). */
  orgs: z.number().int().positive(),
  /** `scripts/worker.ts` processes: 1 on SQLite, 2 on PostgreSQL. */
  workers: z.number().int().positive(),
  /** Seconds it waits for the fan-out, saving drafts meanwhile (LOAD_FANOUT_TIMEOUT_S). */
  fanOutTimeoutS: z.number().int().positive(),
  /** A free port for the admin (`next start`). */
  adminPort: z.number().int().min(1).max(65535),
  /** Milliseconds between the editor's draft saves (LOAD_PAUSE_MS). */
  pauseMs: z.number().int().nonnegative(),
  /** Draft saves measured before the fan-out (LOAD_BASELINE_SAVES). */
  baselineSaves: z.number().int().positive(),
})

export type FanOutRunOptions = z.input<typeof fanOutRunOptions>
