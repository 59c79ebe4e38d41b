import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '../../domain/contract/snapshot'
import { planPages } from '../../site/src/data/pagePlan'
import { toSiteData } from '../../site/src/data/site'
import { fixtureJson, snapshotProblems } from './fixtures'

/** The files whose page key differs between the ППО fixture and an edited copy of it. */
function changedFiles(edit: (json: Record<string, any>) => void): string[] {
  const keys = (json: Record<string, any>) =>
    new Map(
      planPages([toSiteData(parseSnapshot(json, 'zarechnaya.json'), 'zarechnaya.json')]).map(
        (p) => [p.file, p.key],
      ),
    )
  const before = keys(fixtureJson('ppo-zarechnaya'))
  const json = fixtureJson('ppo-zarechnaya')
  edit(json)
  const after = keys(json)
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((file) => before.get(file) !== after.get(file))
    .sort()
}

describe('page keys of the events: incremental publishing re-renders what shows an event', () => {
  it('an edited upcoming event: its page, the events page, the calendar, the home page, the stand', () => {
    expect(changedFiles((json) => (json.events[0].place = 'Новый зал'))).toEqual([
      'zarechnaya.localhost/events.ics',
      'zarechnaya.localhost/events/index.html',
      'zarechnaya.localhost/events/otchetnoe-sobranie-shakhty/index.html',
      'zarechnaya.localhost/index.html',
      // The week's stand prints the upcoming events with their place.
      'zarechnaya.localhost/stand/2026-w11/index.html',
    ])
  })

  it('an event that ended: not on the home page any more, so the home page too', () => {
    const changed = changedFiles((json) => (json.events[0].ended = true))
    expect(changed).toContain('zarechnaya.localhost/index.html')
    expect(changed).toContain('zarechnaya.localhost/events/otchetnoe-sobranie-shakhty/index.html')
    expect(changed.some((f) => f.includes('/news/'))).toBe(false)
  })

  it('an edited past event leaves the home page and the news alone', () => {
    const edit = (json: Record<string, any>) => {
      json.events[2].lead = 'Консультации юриста.'
    }
    expect(changedFiles(edit)).toEqual([
      'zarechnaya.localhost/events.ics',
      'zarechnaya.localhost/events/index.html',
      'zarechnaya.localhost/events/priyom-pravovogo-inspektora/index.html',
    ])
  })

  it('an own event’s new date of change reaches the sitemaps; a received event’s does not', () => {
    const own = changedFiles((json) => (json.events[0].updatedAt = '2026-03-19T10:00:00.000Z'))
    expect(own).toContain('zarechnaya.localhost/sitemap-site.xml')
    const received = changedFiles((json) => (json.events[1].updatedAt = '2026-03-19T10:00:00.000Z'))
    expect(received).not.toContain('zarechnaya.localhost/sitemap-site.xml')
  })

  it('the first event of a site puts «Анонсы» in its menu: every page of the site changes', () => {
    const changed = changedFiles((json) => (json.events = []))
    expect(changed).toContain('zarechnaya.localhost/news/index.html')
    expect(changed).toContain('zarechnaya.localhost/contacts/index.html')
  })
})

describe('the snapshot refuses events the site could not publish', () => {
  it('two events at one address, or one that ends before it starts', () => {
    const json = fixtureJson('ppo-zarechnaya')
    json.events[1].slug = json.events[0].slug
    json.events[2].endsAt = '2026-02-09T00:00:00.000Z'
    const problems = snapshotProblems(json)
    expect(problems).toContain('duplicate slug "otchetnoe-sobranie-shakhty"')
    expect(problems).toContain('events[2].endsAt: ends before it starts')
  })
})
