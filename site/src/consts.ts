import type { ConfigName } from '../../config'

/** Constants of the site generator: one place for sizes, URL segments, env names and UI text. */

export const LOCALE = 'ru-RU'
export const OG_LOCALE = 'ru_RU'
/** Dates are formatted in the org's zone (snapshot `site.timeZone`), Moscow when absent. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow'

export const NEWS_PAGE_SIZE = 10
/** Newest items in an RSS or Atom feed: enough for a reader polling daily, small to download. */
export const FEED_SIZE = 20
/** Items on the home page after the lead item. */
export const HOME_NEWS_COUNT = 6

/** Variables the site build reads (through config/), named for the scripts that set them. */
export const ENV = {
  snapshotDir: 'SNAPSHOT_DIR',
  outDir: 'OUT_DIR',
  /** '1' builds the publishing renderer (server output) instead of the static sites. */
  rendererBuild: 'RENDERER_BUILD',
} as const satisfies Record<string, ConfigName>

/** URL segments of a site. Static pages may not use them as their first segment. */
export const SEGMENTS = {
  news: 'news',
  newsPage: 'page',
  rubric: 'rubric',
  documents: 'documents',
  contacts: 'contacts',
  structure: 'structure',
  notFound: '404',
  /** Section sites of member orgs live under /org/<slug>/ of their host site. */
  sections: 'org',
} as const
/** Files at the root of every site (host or section) and at the root of every host. */
export const SITE_FILES = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  /** The site's own urlset; the host's sitemap.xml is an index of these. */
  sitemap: 'sitemap-site.xml',
} as const
export const HOST_FILES = {
  sitemapIndex: 'sitemap.xml',
  robots: 'robots.txt',
} as const

/** Also taken on every host: shared build assets and uploaded media. */
export const RESERVED_SEGMENTS: readonly string[] = [...Object.values(SEGMENTS), '_astro', 'media']

export const UI = {
  skipLink: 'Перейти к содержанию',
  home: 'Главная',
  news: 'Новости',
  allNews: 'Все новости',
  documents: 'Документы',
  contacts: 'Контакты',
  structure: 'Структура',
  mainMenu: 'Основное меню',
  sectionMenu: 'Разделы',
  breadcrumbs: 'Навигационная цепочка',
  pagination: 'Страницы новостей',
  prevPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  pageN: (n: number) => `Страница ${n}`,
  ofPages: (n: number, total: number) => `страница ${n} из ${total}`,
  rubric: 'Рубрика',
  rubrics: 'Рубрики',
  tags: 'Метки',
  materialOf: 'Материал',
  published: 'Опубликовано',
  updated: 'Обновлено',
  upperOrgs: 'Вышестоящие организации',
  memberOf: 'Входит в',
  memberOrgs: 'Членские организации',
  socialChannels: 'Мы в социальных сетях',
  address: 'Адрес',
  phone: 'Телефон',
  email: 'Электронная почта',
  hotline: 'Горячая линия',
  receptionHours: 'Часы приёма',
  mapLink: 'Посмотреть на карте',
  infoOfficer: 'Ответственный за информационную работу',
  members: 'Членов профсоюза',
  noNews: 'Новостей пока нет.',
  noDocuments: 'Документы пока не опубликованы.',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы на сайте нет. Возможно, её удалили или в адресе опечатка.',
  thisOrg: 'Эта организация',
  feedRss: 'RSS',
  feedAtom: 'Atom',
  subscribe: 'Подписаться на новости',
  feedTitle: (what: string, site: string) => `${what} — ${site}`,
  articleAddress: 'Адрес материала',
} as const
