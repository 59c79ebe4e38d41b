import { z } from 'zod'

/** What onBothDatabases.ts tells one run of cmsRun.ts (one JSON argument, see childOptions.ts). */
export const cmsRunOptions = z.object({
  /**
   * `feed`: own posts of an org; `syndication`: a ППО's feed four levels down, and reach;
   * `form`: the public form endpoint over HTTP with its rate limits on (orgs, posts unused);
   * `digest-seed`: the weekly digest's data (`subscribers` weekly subscriptions over the ППО of
   * `orgs`); `digest-send`: the digest of every one to a local SMTP sink, in a fresh process;
   * `monitoring`: the federation's monitoring of its whole subtree (issue 18).
   */
  kind: z.enum(['feed', 'syndication', 'form', 'digest-seed', 'digest-send', 'monitoring']),
  subscribers: z.number().int().positive().optional(),
  /** The digest's moment (ISO): seeding and sending, two processes, must agree on the week. */
  at: z.string().datetime().optional(),
  orgs: z.number().int().positive(),
  posts: z.number().int().positive(),
})

export type CmsRunOptions = z.input<typeof cmsRunOptions>
