import { z } from 'zod'
import { ORG_KINDS } from '../org/orgKinds'
import { DEFAULT_ANSWER_TARGET_DAYS } from '../inquiries/inquiryDefaults'

/**
 * The targets the monitoring measures against, per network (the `monitoringSettings` group on
 * the network root). Defaults come from the union documents (shared/seeds/):
 * - own news at least weekly (000/001 section X: «своевременное наполнение», 003's quarterly
 *   monitoring): 1 in 7 days, 4 in 30, 12 in 90; last item amber after 7 days, red after 30;
 * - a page in social networks is compulsory over 1,000 members (500 in Судпроф's 001), a site of
 *   its own over 5,000 (below that, a section on the parent's site is enough);
 * - «горячие линии»: 000 puts them among the duties of the territorial association (ТООП); the
 *   demo's federation (МФП) is itself a ТООП of ФНПР, so both levels need one by default;
 * - the public report of the previous year (003: «разместить Публичные отчёты», March), due by
 *   1 April; a ППО keeps its collective agreement on its documents page;
 * - items from above waiting for review: amber after 2 days, red after 7.
 */
const kind = z.enum(ORG_KINDS)
const count = z.number().int().min(0).max(10_000)
const days = z.number().int().min(0).max(3650)

export const monitoringThresholdsSchema = z.object({
  news7Target: count,
  news30Target: count,
  news90Target: count,
  lastNewsAmberDays: days,
  lastNewsRedDays: days,
  socialRequiredOver: count.max(10_000_000),
  siteRequiredOver: count.max(10_000_000),
  hotlineKinds: z.array(kind),
  /** «MM-DD»: last year's public report must be published by this day. */
  publicReportDeadline: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  collectiveAgreementKinds: z.array(kind),
  reviewAmberDays: days,
  reviewRedDays: days,
  /** Items proposed upward and accepted per quarter (002/000: «передавая информацию… в вышестоящую»). */
  proposalsQuarterTarget: count,
  /** Levels keeping a weekly stand (000, ППО: «не реже, чем раз в неделю»). */
  standKinds: z.array(kind),
  /** Working days; taken from the network's inquirySettings. */
  answerTargetDays: z.number().int().min(1).max(30),
  /** Share 0..1 of inquiries answered within the target for green (amber below, red under half of it). */
  answeredInTimeTarget: z.number().min(0).max(1),
})

export type MonitoringThresholds = z.infer<typeof monitoringThresholdsSchema>

export const DEFAULT_THRESHOLDS: MonitoringThresholds = {
  news7Target: 1,
  news30Target: 4,
  news90Target: 12,
  lastNewsAmberDays: 7,
  lastNewsRedDays: 30,
  socialRequiredOver: 1000,
  siteRequiredOver: 5000,
  hotlineKinds: ['federation', 'territorial_association'],
  publicReportDeadline: '04-01',
  collectiveAgreementKinds: ['primary_org'],
  reviewAmberDays: 2,
  reviewRedDays: 7,
  proposalsQuarterTarget: 1,
  standKinds: ['primary_org'],
  answerTargetDays: DEFAULT_ANSWER_TARGET_DAYS,
  answeredInTimeTarget: 0.8,
}

/**
 * The thresholds from a stored settings group: every field the network left empty (or stored
 * out of range, or an empty list of levels) keeps its default, so a half-filled group never breaks the dashboard.
 */
export function thresholdsFrom(
  stored: Partial<Record<keyof MonitoringThresholds, unknown>> | null | undefined,
  answerTargetDays?: number | null,
): MonitoringThresholds {
  const merged: Record<string, unknown> = { ...DEFAULT_THRESHOLDS }
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof MonitoringThresholds)[]) {
    const value = stored?.[key]
    // An empty list of levels is "not set" too: the admin cannot tell it from a cleared field.
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
      continue
    const one = monitoringThresholdsSchema.shape[key].safeParse(value)
    if (one.success) merged[key] = one.data
  }
  if (answerTargetDays) merged.answerTargetDays = answerTargetDays
  return monitoringThresholdsSchema.parse(merged)
}
