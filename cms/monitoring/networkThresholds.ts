import type { PayloadRequest } from 'payload'
import { thresholdsFrom, type MonitoringThresholds } from '../../domain/monitoring/thresholds'
import { idOf } from '../services/refs'

interface SettingsRow {
  id: string | number
  hosting?: { networkDomain?: string | null } | null
  networkRoot?: unknown
  monitoringSettings?: Record<string, unknown> | null
  inquirySettings?: { answerTargetDays?: number | null } | null
}

const load = async (req: PayloadRequest, id: string | number): Promise<SettingsRow | null> =>
  (await req.payload
    .findByID({
      collection: 'organizations',
      id,
      depth: 0,
      select: { hosting: true, networkRoot: true, monitoringSettings: true, inquirySettings: true },
      overrideAccess: true,
      req,
    })
    .catch(() => null)) as SettingsRow | null

/**
 * The monitoring thresholds of the network an org belongs to: the `monitoringSettings` group
 * of the org declaring the network domain (itself, or its stored `networkRoot`), and the answer
 * target from its `inquirySettings`; every empty value keeps the documents' default. One
 * network per subtree: a subtree never spans two networks.
 */
export async function networkThresholds(
  req: PayloadRequest,
  orgId: string | number,
): Promise<MonitoringThresholds> {
  const org = await load(req, orgId)
  const rootId = org?.hosting?.networkDomain ? org.id : idOf(org?.networkRoot)
  const root =
    rootId === null ? null : String(rootId) === String(org?.id) ? org : await load(req, rootId)
  return thresholdsFrom(
    root?.monitoringSettings as Parameters<typeof thresholdsFrom>[0],
    root?.inquirySettings?.answerTargetDays,
  )
}
