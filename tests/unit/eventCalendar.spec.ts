import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { SiteEvent } from '../../domain/contract/event'
import { eventCalendar } from '../../site/src/lib/eventCalendar'
import { formatEventWhen } from '../../site/src/lib/eventFormat'
import { eventJsonLd } from '../../site/src/lib/eventJsonLd'

const site = {
  host: 'ppo.localhost',
  origin: 'http://ppo.localhost:4321',
  basePath: '',
  theme: 'federation' as const,
}
const org = {
  id: '2',
  key: 'ppo',
  name: 'Первичная организация школы',
  kind: 'primary_org' as const,
  slug: 'ppo',
  contacts: {},
  social: {},
}
const actionDay: SiteEvent = {
  id: '7',
  title: 'Всероссийский день действий',
  slug: 'den-deystviy',
  startsAt: '2027-10-07T07:00:00.000Z',
  endsAt: '2027-10-07T10:00:00.000Z',
  allDay: false,
  place: 'Москва, Ленинский проспект, 42',
  onlineUrl: 'https://rutube.ru/live/x',
  registrationUrl: 'https://fnpr.localhost/reg',
  lead: 'Акция за достойный труд.',
  html: '',
  updatedAt: '2027-09-01T08:00:00.000Z',
  ended: false,
  provenance: {
    orgId: '1',
    orgName: 'Федерация профсоюзов',
    isOwn: false,
    canonicalUrl: 'http://fnpr.localhost:4321/events/den-deystviy/',
  },
}
const holiday: SiteEvent = {
  ...actionDay,
  id: '8',
  title: 'Первомай',
  slug: 'pervomay',
  // Midnight in Moscow, the whole day.
  startsAt: '2027-04-30T21:00:00.000Z',
  endsAt: '2027-05-01T21:00:00.000Z',
  allDay: true,
  onlineUrl: undefined,
  provenance: {
    ...actionDay.provenance,
    isOwn: true,
    orgId: '2',
    canonicalUrl: 'http://ppo.localhost:4321/events/pervomay/',
  },
}
const snapshot = { org, site, events: [actionDay, holiday] }

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
}

describe('eventCalendar: the iCalendar feed of a site', () => {
  it('parses with ical.js: one VEVENT per event, its times, place and URL on the reader’s site', () => {
    const [day, may] = parse(eventCalendar(snapshot, 'Europe/Moscow'))
    expect(day!.summary).toBe('Всероссийский день действий')
    expect(day!.startDate.toJSDate().toISOString()).toBe(actionDay.startsAt)
    expect(day!.endDate.toJSDate().toISOString()).toBe(actionDay.endsAt)
    expect(day!.location).toBe(actionDay.place)
    expect(day!.component.getFirstPropertyValue('url')).toBe(
      'http://ppo.localhost:4321/events/den-deystviy/',
    )
    expect(day!.description).toContain('https://fnpr.localhost/reg')
    // All day in the site's zone: a DATE, 1 May, whatever the build machine's zone.
    expect(may!.startDate.isDate).toBe(true)
    expect(may!.startDate.toString()).toBe('2027-05-01')
    expect(may!.endDate.toString()).toBe('2027-05-02')
  })

  it('the UID is stable per event and the same on every site; the same data gives the same bytes', () => {
    const other = {
      ...snapshot,
      site: { ...site, host: 'b.localhost', origin: 'http://b.localhost:4321' },
    }
    const uid = (text: string) => parse(text)[0]!.uid
    expect(uid(eventCalendar(snapshot, 'Europe/Moscow'))).toBe(
      uid(eventCalendar(other, 'Europe/Moscow')),
    )
    expect(uid(eventCalendar(snapshot, 'Europe/Moscow'))).toMatch(/@fnpr\.localhost$/)
    expect(eventCalendar(snapshot, 'Europe/Moscow')).toBe(eventCalendar(snapshot, 'Europe/Moscow'))
    expect(eventCalendar(snapshot, 'Asia/Novosibirsk')).toContain('X-WR-TIMEZONE:Asia/Novosibirsk')
  })
})

describe('event dates and JSON-LD', () => {
  it('formats in Russian in the site’s zone', () => {
    expect(formatEventWhen(actionDay, 'Europe/Moscow')).toBe('7 октября 2027 г., 10:00–13:00')
    expect(formatEventWhen(actionDay, 'Asia/Novosibirsk')).toBe('7 октября 2027 г., 14:00–17:00')
    expect(formatEventWhen(holiday, 'Europe/Moscow')).toBe('1 мая 2027 г.')
  })

  it('is a schema.org Event with attendance mode, Place and VirtualLocation, organizer', () => {
    const data = eventJsonLd(snapshot, actionDay, 'Europe/Moscow')
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: actionDay.startsAt,
      endDate: actionDay.endsAt,
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      organizer: {
        '@type': 'Organization',
        name: 'Федерация профсоюзов',
        url: 'http://fnpr.localhost:4321/',
      },
      url: actionDay.provenance.canonicalUrl,
    })
    expect(data.location).toEqual([
      { '@type': 'Place', name: actionDay.place, address: actionDay.place },
      { '@type': 'VirtualLocation', url: actionDay.onlineUrl },
    ])
    expect(eventJsonLd(snapshot, holiday, 'Europe/Moscow').startDate).toBe('2027-05-01')
  })
})
