/** Text of the news ownership parts (switch, home blocks, labels, article footer). */
export const NEWS_UI = {
  ownNews: 'Наши новости',
  allNews: 'Все новости',
  /** The switch between the two lists. */
  whoseNews: 'Чьи новости показать',
  receivedNews: 'Новости вышестоящих организаций',
  pinned: 'Закреплено',
  mandatory: 'Обязательно к размещению',
  labels: 'Отметки',
  related: 'Читайте также',
  share: 'Поделиться',
  /** Said after a share link's name to screen readers: it opens another site in a new tab. */
  opensNewTab: '(откроется в новой вкладке)',
  backToList: '← Все новости',
} as const
