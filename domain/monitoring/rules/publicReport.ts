import { dayOfMonthLabel, moscowDay } from '../../time/moscow'
import { result, type Rule } from './ruleTypes'

/**
 * Last year's public report (document type «Публичный отчёт», year = last year) on the documents
 * page by the deadline (`MM-DD`, inclusive; 1 April by default). Before the deadline a missing
 * report is amber, after it red; one uploaded late is amber.
 */
export const publicReportRule: Rule = ({ documents }, t, now) => {
  const today = moscowDay(now)
  const year = Number(today.slice(0, 4)) - 1
  const deadline = `${year + 1}-${t.publicReportDeadline}`
  const [month, day] = t.publicReportDeadline.split('-').map(Number) as [number, number]
  const due = dayOfMonthLabel(day, month)
  const fix = `Загрузите публичный отчёт за ${year} год: «Материалы» → «Документы», вид «Публичный отчёт», год ${year}.`
  const at = documents.publicReportAt
  if (at) {
    if (moscowDay(at) <= deadline)
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
