import type { PayloadRequest } from 'payload'
import { INQUIRY_TOPICS } from '../../domain/inquiries/inquiryTopics'
import { idOf } from '../services/refs'
import { loadOrg } from '../services/orgLinks'

/**
 * Queues the mail to the handling org's editors and admins (notifyEditors). It says which org
 * and which topic, and links to the admin: never the member's name or words, which stay behind
 * the admin's access rules.
 */
export async function notifyInquiryEditors(
  req: PayloadRequest,
  inquiryId: number | string,
  reason: 'received' | 'forwarded',
): Promise<void> {
  const inquiry = await req.payload.findByID({
    collection: 'inquiries',
    id: inquiryId,
    depth: 0,
    select: { organization: true, sourceOrganization: true, topic: true },
    overrideAccess: true,
    req,
  })
  const orgId = idOf(inquiry.organization)
  if (orgId === null) return
  const org = await loadOrg(req, orgId)
  const topic = INQUIRY_TOPICS.find((t) => t.value === inquiry.topic)?.label ?? 'Другое'
  const subject =
    reason === 'received'
      ? `Новое обращение: ${topic}`
      : `Обращение передано вашей организации: ${topic}`
  const sourceId = idOf(inquiry.sourceOrganization)
  const source = sourceId === null ? org : await loadOrg(req, sourceId)
  const lead =
    reason === 'forwarded'
      ? `Нижестоящая организация передала «${org?.name ?? ''}» обращение, тема «${topic}».`
      : source && org && String(source.id) !== String(org.id)
        ? `На сайте организации «${source.name}» оставлено обращение, тема «${topic}». У неё нет своих редакторов, поэтому оно передано «${org.name}».`
        : `В организацию «${org?.name ?? ''}» поступило обращение с сайта, тема «${topic}».`
  await req.payload.jobs.queue({
    task: 'notifyEditors',
    input: {
      orgId: String(orgId),
      subject,
      text: `${lead}\nОтветьте участнику или передайте обращение выше в админке.`,
      adminPath: `/admin/collections/inquiries/${inquiryId}`,
      actionLabel: 'Открыть обращение',
      // Orgs above learn of an inquiry only when it is forwarded to them.
      ownOrgOnly: true,
    },
    req,
  })
}
