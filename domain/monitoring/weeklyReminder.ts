import { fixList } from './fixList'
import type { OrgRow } from './indicatorTypes'
import { count, plural } from './ruleText'

/** A reminder's words, before the mail layer adds the button, footer and brand. */
export interface ReminderText {
  subject: string
  heading: string
  paragraphs: string[]
}

const PROBLEMS = ['показатель требует', 'показателя требуют', 'показателей требуют'] as const
const RED = ['красный', 'красных', 'красных'] as const
const AMBER = ['жёлтый', 'жёлтых', 'жёлтых'] as const

/**
 * The weekly reminder of one org's editors and admins: each red, then amber indicator with the
 * rule that coloured it and «что исправить»; null when everything is green or not applicable
 * (nothing is sent then). Only the org's own row: no other org's data, no person's.
 */
export function weeklyReminder(row: OrgRow, dateLabel: string): ReminderText | null {
  const fixes = fixList(row)
  if (fixes.length === 0) return null
  const red = fixes.filter((f) => f.light === 'red').length
  const amber = fixes.length - red
  const parts = [red > 0 ? count(red, RED) : '', amber > 0 ? count(amber, AMBER) : '']
  return {
    subject: `Мониторинг «${row.name}»: ${count(fixes.length, PROBLEMS)} внимания`,
    heading: `Что исправить: «${row.name}» на ${dateLabel}`,
    paragraphs: [
      `По данным мониторинга информационной работы ${plural(fixes.length, ['требует', 'требуют', 'требуют'])} внимания ${parts.filter(Boolean).join(' и ')} ${plural(amber > 0 ? amber : red, ['показатель', 'показателя', 'показателей'])}.`,
      ...fixes.map(
        (f) =>
          `${f.light === 'red' ? '✕ Красный' : '! Жёлтый'} — ${f.label}: ${f.reason}.` +
          (f.fix !== f.reason ? ` Что исправить: ${f.fix}` : ''),
      ),
    ],
  }
}
