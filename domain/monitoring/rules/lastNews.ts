import { count, DAYS, daysBetween } from '../ruleText'
import { result, type Rule } from './ruleTypes'

const FIX = 'Опубликуйте новость: сайт без новостей выглядит заброшенным.'

/** Days since the last own item: amber over `lastNewsAmberDays`, red over `lastNewsRedDays`. */
export const lastNewsRule: Rule = ({ news }, t, now) => {
  if (!news.lastAt) return result('lastNews', 'red', null, 'собственных новостей нет', FIX)
  const days = Math.max(0, daysBetween(news.lastAt, now))
  if (days <= t.lastNewsAmberDays)
    return result('lastNews', 'green', days, `последняя новость ${count(days, DAYS)} назад`)
  return result(
    'lastNews',
    days > t.lastNewsRedDays ? 'red' : 'amber',
    days,
    `нет новостей ${count(days, DAYS)} при норме ${t.lastNewsAmberDays}`,
    FIX,
  )
}
