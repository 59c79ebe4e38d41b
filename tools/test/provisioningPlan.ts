/**
 * What `npm test` does about the system tools it needs (pure: the probes and apt live in
 * provisionTools.ts). Debian and Ubuntu name every one of them in apt; nothing is downloaded
 * from anywhere else.
 */

/** A system tool the suite needs, and why (printed when it is missing). */
export type Tool = 'chromium' | 'postgresql' | 'nginx' | 'java' | 'wrk'

export const TOOL_PURPOSE: Record<Tool, string> = {
  chromium: 'Chromium for the end-to-end tests',
  postgresql: 'the PostgreSQL server for the integration suite on PostgreSQL',
  nginx: 'nginx for the serving tests (preview server and nginx serve the same bytes)',
  java: 'Java for the Nu Html Checker (vnu.jar) of the end-to-end output checks',
  wrk: 'wrk, the HTTP load generator of `npm run test:load`',
}

/** Debian/Ubuntu packages per tool (fonts: Chromium renders the Cyrillic pages with them). */
export const APT_PACKAGES: Record<Tool, string[]> = {
  chromium: ['chromium', 'fonts-dejavu-core'],
  postgresql: ['postgresql'],
  nginx: ['nginx'],
  java: ['default-jre-headless'],
  wrk: ['wrk'],
}

export interface Host {
  missing: Tool[]
  /** apt-get is on the PATH (Debian, Ubuntu). */
  hasApt: boolean
  isRoot: boolean
  /** `sudo -n true` succeeds: sudo without a password prompt. */
  hasSudo: boolean
}

export type Plan =
  { kind: 'ready' } | { kind: 'install'; commands: string[][] } | { kind: 'stop'; message: string }

const installArgs = (missing: Tool[]) => [
  'apt-get',
  'install',
  '-y',
  '--no-install-recommends',
  ...missing.flatMap((tool) => APT_PACKAGES[tool]),
]

const missingList = (missing: Tool[]) => missing.map((tool) => `  - ${TOOL_PURPOSE[tool]}`)

export function provisioningPlan(host: Host): Plan {
  if (host.missing.length === 0) return { kind: 'ready' }
  if (host.hasApt && (host.isRoot || host.hasSudo)) {
    const prefix = host.isRoot ? [] : ['sudo', '-n']
    return {
      kind: 'install',
      commands: [
        [...prefix, 'apt-get', 'update'],
        [...prefix, ...installArgs(host.missing)],
      ],
    }
  }
  const command = host.hasApt
    ? `sudo apt-get update && sudo ${installArgs(host.missing).join(' ')}`
    : `install with your system's package manager: ${host.missing.map((t) => APT_PACKAGES[t][0]).join(', ')} (Debian package names)`
  return {
    kind: 'stop',
    message: [
      'npm test needs these system tools, and cannot install them here (no root, no password-free sudo):',
      ...missingList(host.missing),
      '',
      'Run this once, then npm test again:',
      `  ${command}`,
    ].join('\n'),
  }
}
