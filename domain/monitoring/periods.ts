import { isoWeekOf, localDate, weekStartsAt } from '../stand/isoWeek'
import { DAY_MS, MOSCOW_OFFSET_MS, MOSCOW_TIME_ZONE } from '../time/moscow'

/** The union's calendar: weeks, quarters and report years are counted on Moscow's wall clock. */
export const MONITORING_TIME_ZONE = MOSCOW_TIME_ZONE

export interface MonitoringPeriods {
  /** The stand's week (Monday 00:00 in Moscow) that `now` falls in. */
  weekStart: Date
  /** The first day of the quarter `now` falls in, 00:00 in Moscow. */
  quarterStart: Date
  /** The year whose public report is due this year. */
  reportYear: number
  /** 365 days back: the inquiries' and the review backlog's horizon. */
  yearAgo: Date
}

export function monitoringPeriods(now: Date): MonitoringPeriods {
  const { year, month } = localDate(now, MONITORING_TIME_ZONE)
  const firstMonth = Math.floor((month - 1) / 3) * 3
  return {
    weekStart: new Date(weekStartsAt(isoWeekOf(now, MONITORING_TIME_ZONE), MONITORING_TIME_ZONE)),
    quarterStart: new Date(Date.UTC(year, firstMonth, 1) - MOSCOW_OFFSET_MS),
    reportYear: year - 1,
    yearAgo: new Date(now.getTime() - 365 * DAY_MS),
  }
}
