import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { eventDates } from '../../cms/import/eventDates'
import { BundleError } from '../../content/lib/bundleError'
import { loadEvents } from '../../content/lib/loadEvents'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function bundleWith(events: unknown): string {
  dir = mkdtempSync(path.join(tmpdir(), 'events-bundle-'))
  mkdirSync(path.join(dir, 'events'))
  writeFileSync(path.join(dir, 'events', 'events.json'), JSON.stringify(events))
  return dir
}
const good = {
  key: 'sobranie',
  org: 'ppo',
  title: 'Отчётное собрание',
  inDays: 5,
  time: '16:30',
  durationHours: 2,
  place: 'Актовый зал',
  lead: 'Отчёт профкома за год.',
}
const problemsOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError)
    return (error as BundleError).problems
  }
  throw new Error('expected a BundleError')
}

describe('events of an import bundle', () => {
  it('loads a valid entry with its slug from the title', () => {
    const [event] = loadEvents(bundleWith([good]), new Set(['ppo']), new Set())
    expect(event).toMatchObject({ key: 'sobranie', slug: 'otchetnoe-sobranie', allDay: false })
  })

  it('names every problem by file and field', () => {
    const problems = problemsOf(() =>
      loadEvents(
        bundleWith([
          { ...good, onlineUrl: 'http://example.ru/' },
          { ...good, key: 'b', org: 'nobody', cover: 'missing' },
          { ...good, key: 'c', startsAt: '2027-01-01T10:00:00+03:00' },
        ]),
        new Set(['ppo']),
        new Set(),
      ),
    )
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'events/events.json 0.onlineUrl',
      'events/events.json 2.startsAt',
    ])
    const refs = problemsOf(() =>
      loadEvents(
        bundleWith([{ ...good, org: 'nobody', cover: 'missing' }]),
        new Set(['ppo']),
        new Set(),
      ),
    )
    expect(refs.map((p) => p.message)).toEqual([
      'unknown organization "nobody"',
      'unknown media "missing"',
    ])
  })

  it('dates an entry from the day of the import in Moscow, so the demo stays upcoming', () => {
    // 23:30 UTC is already the next day in Moscow.
    const now = new Date('2027-03-01T23:30:00Z')
    expect(eventDates({ inDays: 5, time: '16:30', durationHours: 2, allDay: false }, now)).toEqual({
      startsAt: '2027-03-07T13:30:00.000Z',
      endsAt: '2027-03-07T15:30:00.000Z',
      allDay: false,
    })
    expect(eventDates({ inDays: 1, allDay: false }, now)).toEqual({
      startsAt: '2027-03-02T21:00:00.000Z',
      endsAt: '2027-03-03T21:00:00.000Z',
      allDay: true,
    })
  })
})
