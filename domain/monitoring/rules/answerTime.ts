import { decimal } from '../ruleText'
import { result, type Rule } from './ruleTypes'

/**
 * Median time to the first answer over the last 12 months, in days, against the network's answer
 * target (inquirySettings.answerTargetDays): amber over it, red over twice it.
 */
export const answerTimeRule: Rule = ({ inquiries }, t) => {
  if (inquiries.answered === 0 || inquiries.medianHours === null)
    return result('answerTime', 'none', null, 'за 12 месяцев нет обращений с ответом')
  const exact = inquiries.medianHours / 24
  const days = Math.round(exact * 10) / 10
  const text = `медиана первого ответа ${decimal(days)} дн. при норме ${t.answerTargetDays}`
  if (exact <= t.answerTargetDays) return result('answerTime', 'green', days, text)
  return result(
    'answerTime',
    exact > 2 * t.answerTargetDays ? 'red' : 'amber',
    days,
    text,
    'Отвечайте на обращения быстрее: новые видны на главной странице админки.',
  )
}
