/** When an event is over, the one rule the CMS, the worker and the sites share. */
export interface EventTimes {
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The moment an event is over: its end, else the end of its day for an all-day event (24 h
 * after its start, which the editor enters as the day's midnight), else its start.
 */
export function eventEnd(event: EventTimes): Date {
  if (event.endsAt) return new Date(event.endsAt)
  const start = new Date(event.startsAt).getTime()
  return new Date(event.allDay ? start + DAY_MS : start)
}

/** An event leaves «Анонсы» (and moves to «Прошедшие») once it is over. */
export function hasEnded(event: EventTimes, now: Date): boolean {
  return eventEnd(event).getTime() <= now.getTime()
}

/** The Russian message for an end before the start, or null when the dates are consistent. */
export function eventDatesProblem(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
): string | null {
  if (!startsAt) return 'Укажите дату и время начала мероприятия.'
  const start = new Date(startsAt).getTime()
  if (Number.isNaN(start)) return 'Неверная дата начала мероприятия.'
  if (!endsAt) return null
  const end = new Date(endsAt).getTime()
  if (Number.isNaN(end)) return 'Неверная дата окончания мероприятия.'
  return end < start
    ? 'Мероприятие не может закончиться раньше, чем начнётся: проверьте даты.'
    : null
}
