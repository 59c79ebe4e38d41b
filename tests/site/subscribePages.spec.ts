import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '../../domain/contract/snapshot'
import { planPages } from '../../site/src/data/pagePlan'
import { toSiteData } from '../../site/src/data/site'
import { fixtureJson } from './fixtures'

const keys = (json: Record<string, any>) =>
  new Map(
    planPages([toSiteData(parseSnapshot(json, 'z.json'), 'z.json')]).map((p) => [p.file, p.key]),
  )

describe('page keys of the subscription pages (site/src/data/plans/subscribePlans.ts)', () => {
  it('every site plans the form and «check your mail», a section under its base', () => {
    const files = planPages([
      toSiteData(parseSnapshot(fixtureJson('ppo-severny'), 's.json'), 's.json'),
    ]).map((p) => p.file)
    expect(files).toContain('ugleprof.localhost/org/severny/subscribe/index.html')
    expect(files).toContain('ugleprof.localhost/org/severny/subscribe/sent/index.html')
  })

  it('they follow the chrome only: a new post does not re-render them, a new name does', () => {
    const before = keys(fixtureJson('ppo-zarechnaya'))
    const renamed = fixtureJson('ppo-zarechnaya')
    renamed.org.name = 'Новое имя'
    const form = 'zarechnaya.localhost/subscribe/index.html'
    expect(keys(renamed).get(form)).not.toBe(before.get(form))
    const policy = fixtureJson('ppo-zarechnaya')
    policy.privacyPolicy = 'Наша политика.'
    expect(keys(policy).get(form)).toBe(before.get(form))
  })
})
