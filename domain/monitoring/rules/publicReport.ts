import { result, type Rule } from './ruleTypes'

const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
]

// Built once: a formatter costs far more to make than to use (the rule runs for every org).
const MOSCOW_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Moscow',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

let last: { at: number; date: string } | undefined

/**
 * The Moscow calendar date of an instant as `YYYY-MM-DD` (the deadline is a Moscow date); the
 * last answer is kept, as one subtree asks it for the same `now` once per org.
 */
function moscowDate(at: Date): string {
  if (last?.at !== at.getTime()) last = { at: at.getTime(), date: MOSCOW_DATE.format(at) }
  return last.date
}

/**
 * Last year's public report (document type «Публичный отчёт», year = last year) on the documents
 * page by the deadline (`MM-DD`, inclusive; 1 April by default). Before the deadline a missing
 * report is amber, after it red; one uploaded late is amber.
 */
export const publicReportRule: Rule = ({ documents }, t, now) => {
  const today = moscowDate(now)
  const year = Number(today.slice(0, 4)) - 1
  const deadline = `${year + 1}-${t.publicReportDeadline}`
  const [month, day] = t.publicReportDeadline.split('-').map(Number) as [number, number]
  const due = `${day} ${MONTHS[month - 1]}`
  const fix = `Загрузите публичный отчёт за ${year} год: «Материалы» → «Документы», вид «Публичный отчёт», год ${year}.`
  const at = documents.publicReportAt
  if (at) {
    if (moscowDate(at) <= deadline)
      return result('publicReport', 'green', true, `публичный отчёт за ${year} год опубликован`)
    return result(
      'publicReport',
      'amber',
      true,
      `публичный отчёт за ${year} год опубликован после срока (${due})`,
    )
  }
  if (today <= deadline)
    return result(
      'publicReport',
      'amber',
      false,
      `публичного отчёта за ${year} год пока нет; срок — ${due}`,
      fix,
    )
  return result(
    'publicReport',
    'red',
    false,
    `нет публичного отчёта за ${year} год; срок (${due}) прошёл`,
    fix,
  )
}
