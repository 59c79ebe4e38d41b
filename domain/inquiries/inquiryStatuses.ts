/**
 * The life of an inquiry in the inbox. One list for the select field, the dashboard count and
 * the workflow hooks, so a status cannot exist in one and not the others.
 */
export const INQUIRY_STATUSES = [
  { value: 'new', label: 'Новое' },
  { value: 'in_progress', label: 'В работе' },
  { value: 'answered', label: 'Отвечено' },
  { value: 'closed', label: 'Закрыто' },
] as const satisfies readonly { value: string; label: string }[]

export type InquiryStatus = (typeof INQUIRY_STATUSES)[number]['value']

export const isInquiryStatus = (value: unknown): value is InquiryStatus =>
  INQUIRY_STATUSES.some((s) => s.value === value)

/**
 * Which moves an editor may make. Nothing goes back to «Новое» by hand (only a forward hands a
 * fresh inquiry to the next org); an answered or closed inquiry may be taken up again when the
 * member writes back by phone or the answer needs a follow-up.
 */
const MOVES: Record<InquiryStatus, readonly InquiryStatus[]> = {
  new: ['in_progress', 'answered', 'closed'],
  in_progress: ['answered', 'closed'],
  answered: ['in_progress', 'closed'],
  closed: ['in_progress'],
}

export function canMoveStatus(from: InquiryStatus, to: InquiryStatus): boolean {
  return from === to || MOVES[from].includes(to)
}
