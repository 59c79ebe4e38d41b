import { describe, expect, it } from 'vitest'
import { eventDatesProblem, eventEnd, hasEnded } from '../../domain/publishing/eventTimes'

describe('eventTimes: when an event is over', () => {
  it('an event ends at its end; without one at its start, or after its whole day when all-day', () => {
    expect(
      eventEnd({ startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T12:00:00Z' }).toISOString(),
    ).toBe('2027-03-01T12:00:00.000Z')
    expect(eventEnd({ startsAt: '2027-03-01T09:00:00Z' }).toISOString()).toBe(
      '2027-03-01T09:00:00.000Z',
    )
    expect(eventEnd({ startsAt: '2027-02-28T21:00:00Z', allDay: true }).toISOString()).toBe(
      '2027-03-01T21:00:00.000Z',
    )
  })

  it('hasEnded turns true exactly at the end', () => {
    const meeting = { startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T12:00:00Z' }
    expect(hasEnded(meeting, new Date('2027-03-01T11:59:59Z'))).toBe(false)
    expect(hasEnded(meeting, new Date('2027-03-01T12:00:00Z'))).toBe(true)
  })

  it('an end before the start is refused in Russian; an empty end or an equal one is fine', () => {
    expect(eventDatesProblem('2027-03-01T09:00:00Z', '2027-03-01T08:00:00Z')).toMatch(
      /не может закончиться раньше/,
    )
    expect(eventDatesProblem('2027-03-01T09:00:00Z', null)).toBeNull()
    expect(eventDatesProblem('2027-03-01T09:00:00Z', '2027-03-01T09:00:00Z')).toBeNull()
    expect(eventDatesProblem(null, null)).toMatch(/Укажите дату/)
    expect(eventDatesProblem('2027-03-01T09:00:00Z', 'завтра')).toMatch(/Неверная дата окончания/)
  })
})
