/**
 * Marks this process and every child it starts as running on a development machine
 * (UNION_SITES_DEV=1: logins may be signed with the published development secret), unless the
 * variable is already set, so an explicit `UNION_SITES_DEV=0` still wins. For the launchers that
 * only ever run on a developer's machine or on throw-away data (`npm start`, `npm run bench`) and
 * for the commands that sign no logins (tools/lib/signsNoLogins.ts).
 *
 * It writes the environment rather than passing a value because both readers need it there:
 * readConfig reads process.env on every call, and child processes (the admin, workers, benchmark
 * runs) inherit it. Kept here so that the variable's name and its "on" value live in config/ only.
 */
export function assumeDevelopmentMachine(
  env: Record<string, string | undefined> = process.env,
): void {
  env.UNION_SITES_DEV ??= '1'
}
