import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { INQUIRY_TOPICS } from '../../../../domain/inquiries/inquiryTopics'
import {
  canMoveStatus,
  INQUIRY_STATUSES,
  isInquiryStatus,
  type InquiryStatus,
} from '../../../../domain/inquiries/inquiryStatuses'
import { answeredWithin } from '../../../../domain/inquiries/workingDays'
import { inquirySettingsOf } from '../../../inquiries/inquirySettingsOf'
import { idOf } from '../../../services/refs'
import { MOSCOW_TIME_ZONE } from '../../../../domain/time/moscow'

const statusLabel = (s: string) => INQUIRY_STATUSES.find((x) => x.value === s)?.label ?? s
const topicLabel = (t: unknown) => INQUIRY_TOPICS.find((x) => x.value === t)?.label ?? 'Обращение'

const moscowDate = (at: Date) => at.toLocaleDateString('ru-RU', { timeZone: MOSCOW_TIME_ZONE })

/**
 * The workflow's records, which clients cannot write (their fields refuse API writes): received
 * at creation, the first answer once (with whether it met the network's target, for monitoring),
 * closed on closing. Status moves follow domain/inquiries/inquiryStatuses.ts.
 */
export const stampInquiry: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const now = new Date()
  if (operation === 'create') {
    data.receivedAt = now.toISOString()
    data.status = 'new'
    // receiveInquiry passes the orgs an inquiry was routed through when it skipped unstaffed ones.
    data.handlers =
      Array.isArray(data.handlers) && data.handlers.length > 0
        ? data.handlers
        : [idOf(data.organization)]
    // A title that says what it is without personal data: the list and relations show it.
    data.title = `${topicLabel(data.topic)} — ${moscowDate(now)}`
    return data
  }
  const from = (originalDoc?.status ?? 'new') as InquiryStatus
  const to = data.status ?? from
  if (!isInquiryStatus(to) || !canMoveStatus(from, to)) {
    throw new APIError(
      `Нельзя перевести обращение из статуса «${statusLabel(from)}» в «${statusLabel(String(to))}».`,
      400,
      undefined,
      true,
    )
  }
  if (to === 'answered' && from !== 'answered') {
    const answer = String(data.answer ?? originalDoc?.answer ?? '').trim()
    if (!answer) {
      throw new APIError(
        'Чтобы отметить обращение отвеченным, впишите ответ участнику.',
        400,
        undefined,
        true,
      )
    }
    if (!originalDoc?.firstAnsweredAt) {
      const org = idOf(data.organization ?? originalDoc?.organization)
      const { answerTargetDays } = await inquirySettingsOf(req, org!)
      data.firstAnsweredAt = now.toISOString()
      data.answeredWithinTarget = answeredWithin(
        new Date(originalDoc?.receivedAt ?? now),
        now,
        answerTargetDays,
      )
    }
  }
  if (to === 'closed' && from !== 'closed') data.closedAt = now.toISOString()
  // Reopened: the retention clock stops until it is closed again.
  if (from === 'closed' && to !== 'closed') data.closedAt = null
  return data
}
