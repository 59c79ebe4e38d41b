import { describe, expect, it } from 'vitest'
import { provisioningPlan, type Host } from '../../tools/test/provisioningPlan'

const host = (over: Partial<Host>): Host => ({
  missing: [],
  hasApt: true,
  isRoot: false,
  hasSudo: false,
  ...over,
})

describe('what npm test does about missing system tools', () => {
  it('does nothing when every tool is there, whoever runs it', () => {
    expect(provisioningPlan(host({ hasApt: false }))).toEqual({ kind: 'ready' })
  })

  it('as root with apt: apt-get update, then installs exactly the missing packages', () => {
    const plan = provisioningPlan(host({ missing: ['postgresql', 'java'], isRoot: true }))
    expect(plan).toEqual({
      kind: 'install',
      commands: [
        ['apt-get', 'update'],
        [
          'apt-get',
          'install',
          '-y',
          '--no-install-recommends',
          'postgresql',
          'default-jre-headless',
        ],
      ],
    })
  })

  it('with password-free sudo: the same commands through sudo -n', () => {
    const plan = provisioningPlan(host({ missing: ['chromium', 'wrk'], hasSudo: true }))
    expect(plan).toEqual({
      kind: 'install',
      commands: [
        ['sudo', '-n', 'apt-get', 'update'],
        [
          'sudo',
          '-n',
          'apt-get',
          'install',
          '-y',
          '--no-install-recommends',
          'chromium',
          'fonts-dejavu-core',
          'wrk',
        ],
      ],
    })
  })

  it('without root or sudo: stops with the one command to run, naming what is missing and why', () => {
    const plan = provisioningPlan(host({ missing: ['nginx', 'postgresql'] }))
    expect(plan.kind).toBe('stop')
    const message = plan.kind === 'stop' ? plan.message : ''
    expect(message).toContain(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends nginx postgresql',
    )
    expect(message).toContain('nginx for the serving tests')
    expect(message).toContain('the PostgreSQL server')
  })

  it('without apt (not Debian or Ubuntu), even as root: stops and names the packages', () => {
    const plan = provisioningPlan(host({ missing: ['java'], hasApt: false, isRoot: true }))
    expect(plan.kind).toBe('stop')
    expect(plan.kind === 'stop' && plan.message).toContain('default-jre-headless')
  })
})
