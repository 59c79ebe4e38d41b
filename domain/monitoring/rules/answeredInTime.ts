import { result, type Rule } from './ruleTypes'

/** Share of inquiries answered within the target: amber below `answeredInTimeTarget`, red below half of it. */
export const answeredInTimeRule: Rule = ({ inquiries }, t) => {
  if (inquiries.answered === 0)
    return result('answeredInTime', 'none', null, 'за 12 месяцев нет обращений с ответом')
  const share = inquiries.withinTarget / inquiries.answered
  const percent = Math.round(share * 100)
  const text = `в срок отвечено ${inquiries.withinTarget} из ${inquiries.answered} (${percent}%) при норме ${Math.round(t.answeredInTimeTarget * 100)}%`
  if (share >= t.answeredInTimeTarget) return result('answeredInTime', 'green', share, text)
  return result(
    'answeredInTime',
    share < t.answeredInTimeTarget / 2 ? 'red' : 'amber',
    share,
    text,
    `Отвечайте на обращения в течение ${t.answerTargetDays} рабочих дней.`,
  )
}
