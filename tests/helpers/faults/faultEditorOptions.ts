import { z } from 'zod'

/** What the kill test tells its editor, faults/editorProcess.ts (one JSON argument). */
export const faultEditorOptions = z.object({
  /** Its log, editor.log, lives here. */
  root: z.string().min(1),
  /** The orgs it writes for: SQLite and PostgreSQL ids are numbers, MongoDB's strings. */
  orgs: z.array(z.union([z.number(), z.string()])).min(1),
  /** Makes its choices repeatable. */
  seed: z.number().int().default(1),
  pauseMs: z.number().int().nonnegative().default(50),
})

export type FaultEditorOptions = z.input<typeof faultEditorOptions>
