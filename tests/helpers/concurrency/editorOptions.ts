import { z } from 'zod'

/** What the concurrency test tells concurrency/editorProcess.ts (one JSON argument). */
export const editorOptions = z.object({
  /** Its log (`<editor>.jsonl`) and the go file live here. */
  root: z.string().min(1),
  editor: z.string().min(1),
  // A demo login (README's table), not a secret: fine on a command line.
  email: z.string().min(1),
  password: z.string().min(1),
  orgs: z.array(z.union([z.number(), z.string()])).min(1),
  seed: z.number().int().default(1),
})

export type EditorOptions = z.input<typeof editorOptions>
