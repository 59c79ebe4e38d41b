import type { ConfigName } from '../../config'
import { MOSCOW_TIME_ZONE } from '../../domain/time/moscow'

/** Constants of the site generator: one place for sizes, env names and UI text. */

// The sites' URL scheme and language are part of the contract with the CMS (which refuses slugs
// that clash with it): they live in domain/, re-exported here for the pages.
export {
  ARCHIVE_SEGMENT,
  HOST_FILES,
  LOCALE,
  RESERVED_SEGMENTS,
  SEGMENTS,
  SITE_FILES,
} from '../../domain/contract/siteUrls'

export const OG_LOCALE = 'ru_RU'
/** Dates are formatted in the org's zone (snapshot `site.timeZone`), Moscow when absent. */
export const DEFAULT_TIME_ZONE = MOSCOW_TIME_ZONE

export const NEWS_PAGE_SIZE = 10
/**
 * Newest items the news list pages through; older ones are in the archive by year. Every new
 * item shifts every list page, so an unbounded list would re-render a long-lived site's whole
 * history at each post (and at each federation post on every site).
 */
export const NEWS_LIST_MAX = 200
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

export const UI = {
  skipLink: 'Перейти к содержанию',
  home: 'Главная',
  news: 'Новости',
  allNews: 'Все новости',
  documents: 'Документы',
  contacts: 'Контакты',
  structure: 'Структура',
  mainMenu: 'Основное меню',
  /** The main menu's toggle on a phone. */
  menu: 'Меню',
  sectionMenu: 'Разделы',
  breadcrumbs: 'Навигационная цепочка',
  pagination: 'Страницы новостей',
  prevPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  pageN: (n: number) => `Страница ${n}`,
  ofPages: (n: number, total: number) => `страница ${n} из ${total}`,
  rubric: 'Рубрика',
  rubrics: 'Рубрики',
  archive: 'Архив новостей',
  archiveOfYear: (year: string) => `Архив новостей за ${year} год`,
  tags: 'Метки',
  materialOf: 'Материал',
  published: 'Опубликовано',
  updated: 'Обновлено',
  upperOrgs: 'Вышестоящие организации',
  memberOf: 'Входит в',
  memberOrgs: 'Членские организации',
  socialChannels: 'Мы в социальных сетях',
  messengers: 'Мессенджеры',
  upperDocuments: 'Документы вышестоящих организаций',
  documentSource: 'Источник',
  chairperson: 'Руководитель',
  leadership: 'Руководство',
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
  aboutOrg: 'Об организации',
  feedRss: 'RSS',
  feedAtom: 'Atom',
  subscribe: 'Подписаться на новости',
  feedTitle: (what: string, site: string) => `${what} — ${site}`,
  articleAddress: 'Адрес материала',
} as const
