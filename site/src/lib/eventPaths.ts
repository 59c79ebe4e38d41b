import { SEGMENTS, SITE_FILES } from '../consts'

/** Site paths of the events pages and the calendar feed (beside `paths` of urls.ts). */
export const eventPaths = {
  list: `/${SEGMENTS.events}/`,
  event: (slug: string) => `/${SEGMENTS.events}/${slug}/`,
  calendar: `/${SITE_FILES.calendar}`,
} as const

/** The words of the events pages. */
export const EVENT_UI = {
  events: 'Анонсы',
  allEvents: 'Все анонсы',
  upcoming: 'Предстоящие',
  past: 'Прошедшие',
  noEvents: 'Анонсов пока нет.',
  noUpcoming: 'Предстоящих мероприятий пока нет.',
  when: 'Когда',
  where: 'Где',
  online: 'Онлайн',
  onlineLink: 'Ссылка на трансляцию',
  register: 'Зарегистрироваться',
  ended: 'Мероприятие прошло',
  eventOf: 'Мероприятие',
  calendar: 'Календарь мероприятий (iCalendar)',
  calendarTitle: (site: string) => `Анонсы — ${site}`,
} as const
