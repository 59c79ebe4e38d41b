import type { z } from 'zod'

/**
 * What a test or a tool tells a process it spawns (an editor, a worker, a benchmark run) travels as ONE JSON command-line
 * argument, checked by the child kind's own zod schema, never through environment variables:
 * config/ stays the only reader of the environment, and parent and child share one type.
 * The child's product settings (DATABASE_URI, DATA_DIR…) still come from its environment, read
 * through config/ as in production.
 */
export function childOptionsArgument<S extends z.ZodType>(schema: S, options: z.input<S>): string {
  // Checked on the parent's side too: a wrong option fails the test here, not in a silent child.
  schema.parse(options)
  return JSON.stringify(options)
}

/** The child's side: its options from its first argument; exits with the reason when they are bad. */
export function readChildOptions<S extends z.ZodType>(
  schema: S,
  child: string,
  argv: readonly string[] = process.argv,
): z.output<S> {
  const raw = argv[2]
  let json: unknown
  try {
    json = JSON.parse(raw ?? '')
  } catch {
    throw new Error(`${child}: expected its options as one JSON argument, got ${String(raw)}`)
  }
  const result = schema.safeParse(json)
  if (!result.success)
    throw new Error(
      `${child}: bad options ${raw}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    )
  return result.data
}
