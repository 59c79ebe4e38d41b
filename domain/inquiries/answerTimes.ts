/**
 * Figures for the monitoring dashboard, from what each inquiry stores at its first answer
 * (firstAnsweredAt, answeredWithinTarget): pure, so one indexed query per org feeds them.
 */
export interface AnsweredInquiry {
  receivedAt: Date
  firstAnsweredAt: Date
  answeredWithinTarget: boolean
}

/** The median time to first answer, in hours; null when nothing has been answered. */
export function medianHoursToFirstAnswer(inquiries: readonly AnsweredInquiry[]): number | null {
  if (inquiries.length === 0) return null
  const hours = inquiries
    .map((i) => (i.firstAnsweredAt.getTime() - i.receivedAt.getTime()) / 3_600_000)
    .sort((a, b) => a - b)
  const mid = Math.floor(hours.length / 2)
  return hours.length % 2 === 1 ? hours[mid]! : (hours[mid - 1]! + hours[mid]!) / 2
}

/** The share (0…1) of answered inquiries answered within the network's target; null if none. */
export function shareWithinTarget(inquiries: readonly AnsweredInquiry[]): number | null {
  if (inquiries.length === 0) return null
  return inquiries.filter((i) => i.answeredWithinTarget).length / inquiries.length
}
