import { spawnSync } from 'node:child_process'

/** Runs a command with inherited output and returns whether it succeeded. */
export function run(
  label: string,
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): boolean {
  console.log(`\n▶ ${label}`)
  const started = performance.now()
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const ok = result.status === 0
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`)
  return ok
}
