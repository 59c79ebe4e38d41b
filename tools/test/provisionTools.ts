/**
 * The first seconds of `npm test`: finds the system tools the suite needs, installs the missing
 * ones through apt when it may (root or password-free sudo), and otherwise stops with the one
 * command to run. The decision itself is provisioningPlan (unit-tested); this file only probes
 * the machine and runs the commands.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { configValue, readDeveloperConfig } from '../../config/index'
import { chromiumPath } from '../../config/chromium'
import { hasNginx } from '../lib/nginxProcess'
import { findPostgresBin } from '../lib/postgresServer'
import { provisioningPlan, type Host, type Tool } from './provisioningPlan'

function onPath(command: string): boolean {
  if (command.includes('/')) return existsSync(command)
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

/** Each tool is looked for where the code that uses it looks (and its override variable). */
const present: Record<Tool, () => boolean> = {
  chromium: () => existsSync(chromiumPath()),
  postgresql: () =>
    Boolean(readDeveloperConfig().TEST_POSTGRES_URI) || findPostgresBin() !== undefined,
  nginx: hasNginx,
  java: () => onPath(configValue('JAVA')),
  wrk: () => onPath('wrk'),
}

export function probeHost(): Host {
  return {
    missing: (Object.keys(present) as Tool[]).filter((tool) => !present[tool]()),
    hasApt: onPath('apt-get'),
    isRoot: process.getuid?.() === 0,
    hasSudo: onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  }
}

/** Returns false (after printing why) when the suite cannot run on this machine. */
export function provisionTools(): boolean {
  const host = probeHost()
  const plan = provisioningPlan(host)
  if (plan.kind === 'ready') return true
  if (plan.kind === 'stop') {
    console.error(`\n${plan.message}\n`)
    return false
  }
  console.log(`\n▶ Installing the missing system tools: ${host.missing.join(', ')}`)
  for (const command of plan.commands) {
    console.log(`  $ ${command.join(' ')}`)
    const [file, ...args] = command
    const result = spawnSync(file!, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) {
      console.error(`✘ ${command.join(' ')} failed (exit ${result.status ?? result.signal})`)
      return false
    }
  }
  const still = probeHost().missing
  if (still.length > 0) {
    console.error(`✘ Still missing after apt-get: ${still.join(', ')}`)
    return false
  }
  return true
}
