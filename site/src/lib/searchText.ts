import { SEGMENTS } from '../../../domain/contract/siteUrls'

/** The search's words, in one place (the page, the header box and the script share them). */
export const SEARCH_TEXT = {
  title: 'Поиск',
  heading: 'Поиск по сайту',
  label: 'Что найти',
  headerLabel: 'Поиск по сайту',
  submit: 'Найти',
  needsScript:
    'Поиск работает в браузере и требует JavaScript. Без него материалы можно найти в разделах',
  news: '«Новости»',
  and: 'и',
  documents: '«Документы»',
  searching: 'Ищем…',
  found: 'Найдено:',
  nothingBefore: 'По запросу «',
  nothingAfter: '» ничего не найдено.',
  failed: 'Поиск сейчас не удался. Обновите страницу и попробуйте ещё раз.',
  source: 'Источник',
  document: 'Документ',
} as const

/** Site path of the search page. */
export const SEARCH_PATH = `/${SEGMENTS.search}/`
