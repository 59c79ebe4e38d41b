import type { PayloadRequest } from 'payload'
import type { OrgId } from '../../domain/org/orgGraph'
import {
  DEFAULT_ANSWER_TARGET_DAYS,
  DEFAULT_RETENTION_DAYS,
} from '../../domain/inquiries/inquiryDefaults'
import { idOf } from '../services/refs'

export interface InquirySettings {
  /** The org declaring the network (null outside any network). */
  networkRoot: OrgId | null
  retentionDays: number
  answerTargetDays: number
}

interface OrgRow {
  id: OrgId
  hosting?: { networkDomain?: string | null } | null
  networkRoot?: unknown
  inquirySettings?: { retentionDays?: number | null; answerTargetDays?: number | null } | null
}

const load = async (req: PayloadRequest, id: OrgId): Promise<OrgRow | null> =>
  (await req.payload
    .findByID({
      collection: 'organizations',
      id,
      depth: 0,
      select: { hosting: true, networkRoot: true, inquirySettings: true },
      overrideAccess: true,
      req,
    })
    .catch(() => null)) as OrgRow | null

/**
 * The retention period and answer target of the network an org belongs to: set on the org that
 * declares the network domain (itself, or its stored `networkRoot`), defaults otherwise.
 */
export async function inquirySettingsOf(
  req: PayloadRequest,
  orgId: OrgId,
): Promise<InquirySettings> {
  const org = await load(req, orgId)
  const rootId = org?.hosting?.networkDomain ? org.id : idOf(org?.networkRoot)
  const root = rootId === null ? null : rootId === org?.id ? org : await load(req, rootId)
  return {
    networkRoot: root?.id ?? null,
    retentionDays: root?.inquirySettings?.retentionDays ?? DEFAULT_RETENTION_DAYS,
    answerTargetDays: root?.inquirySettings?.answerTargetDays ?? DEFAULT_ANSWER_TARGET_DAYS,
  }
}
