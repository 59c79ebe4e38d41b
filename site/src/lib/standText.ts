/** The stand's words, in one place (UI text of the site is Russian). */
export const STAND_TEXT = {
  link: 'Стенд',
  title: 'Стенд на неделю',
  boardTitle: 'Профсоюзный стенд',
  weekOf: (week: number, from: string, to: string) => `Неделя ${week}: ${from} — ${to}`,
  intro:
    'Материалы недели на листах A4 для профсоюзного стенда: новости организации и вышестоящих организаций, у каждой — QR-код со ссылкой на полный текст.',
  pdf: 'Скачать PDF',
  printPage: 'Открыть страницу для печати',
  empty: 'Материалов для стенда пока нет.',
  news: 'Новости недели',
  noNews: 'На этой неделе новых материалов не было.',
  events: 'Ближайшие мероприятия',
  contacts: 'Контакты',
  pinned: 'Закреплено',
  mandatory: 'Обязательно к размещению',
  origin: 'Материал',
  qr: (title: string) => `QR-код: полный текст «${title}» на сайте`,
  readOn: 'Полный текст:',
} as const
