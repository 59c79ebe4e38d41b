import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { recordEndedEvents } from '../../../publishing/expand/recordEndedEvents'
import type { PublishActions } from './publishActions'

export interface EventTransitionContext {
  payload: Payload
  act: PublishActions
  /** The owner org's id; its events reach `below`, a ППО under it. */
  owner: () => string | number
  drain: () => Promise<void>
  /** The page's <h1> at a path of the ППО's site, or null for a 404. */
  shown: (sitePath: string) => Promise<string | null>
  /** The whole HTML of a path of the ППО's site. */
  html: (sitePath: string) => Promise<string>
}

const HOUR = 60 * 60 * 1000

/**
 * Events through the publish states, as an editor makes them, and an event that ends while
 * nobody edits anything: each reaches the ППО below its owner (home «Анонсы», /events/, the
 * event's page). The spec's final clean-build comparison covers the pages these leave behind.
 */
export function describeEventTransitions(context: () => EventTransitionContext): void {
  describe('every transition of an event reaches the sites below its owner', () => {
    let n = 0
    async function liveEvent(startsAt: string, endsAt: string) {
      const { act, owner, drain, shown } = context()
      const slug = `anons-${++n}`
      const title = `Анонс ${n}`
      const id = await act.create(
        'events' as never,
        {
          title,
          slug,
          startsAt,
          endsAt,
          place: 'Дом профсоюзов',
          organization: owner(),
          reach: { scope: 'subtree' },
        },
        true,
      )
      await drain()
      expect(await shown(`/events/${slug}/`)).toBe(title)
      return { id, slug, title }
    }

    it('published: on the ППО’s home page and events page; unpublished: gone', async () => {
      const { act, drain, shown, html } = context()
      const start = new Date(Date.now() + 3 * 24 * HOUR)
      const { id, slug, title } = await liveEvent(
        start.toISOString(),
        new Date(start.getTime() + HOUR).toISOString(),
      )
      expect(await html('/')).toContain(title)
      expect(await html('/events/')).toContain(title)
      await act.unpublish('events' as never, id)
      await drain()
      expect(await shown(`/events/${slug}/`)).toBeNull()
      expect(await html('/')).not.toContain(title)
    })

    it('ended without an edit: leaves «Анонсы» once the worker records its end', async () => {
      const { payload, drain, html } = context()
      const start = new Date(Date.now() + 1500)
      const { slug, title } = await liveEvent(
        start.toISOString(),
        new Date(start.getTime() + 500).toISOString(),
      )
      expect(await html('/')).toContain(title)
      await new Promise((resolve) => setTimeout(resolve, 2500))
      expect(await recordEndedEvents(payload)).toBe(1)
      await drain()
      expect(await html('/')).not.toContain(title)
      const list = await html('/events/')
      expect(list.indexOf(title)).toBeGreaterThan(list.indexOf('>Прошедшие</h2>'))
      expect(await html(`/events/${slug}/`)).toContain('Мероприятие прошло')
    })
  })
}
