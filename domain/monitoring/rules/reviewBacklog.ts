import { count, DAYS, daysBetween } from '../ruleText'
import { result, type Rule } from './ruleTypes'

/** For orgs reviewing incoming items: the age of the oldest waiting one. */
export const reviewBacklogRule: Rule = ({ review }, t, now) => {
  if (!review.reviews)
    return result('reviewBacklog', 'none', null, 'материалы вышестоящих показываются сразу')
  if (!review.oldestWaitingSince)
    return result('reviewBacklog', 'green', 0, 'нет материалов, ждущих проверки')
  const days = Math.max(0, daysBetween(review.oldestWaitingSince, now))
  const text = `материал вышестоящей организации ждёт проверки ${count(days, DAYS)} при норме ${t.reviewAmberDays}`
  if (days <= t.reviewAmberDays) return result('reviewBacklog', 'green', days, text)
  return result(
    'reviewBacklog',
    days > t.reviewRedDays ? 'red' : 'amber',
    days,
    text,
    'Примите или скройте входящие материалы («Распространение» → «Входящие»).',
  )
}
