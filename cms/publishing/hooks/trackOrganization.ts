import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf, idsOf } from '../../services/refs'
import { recordChange } from '../recordChange'

/** Fields other sites show or derive from: breadcrumbs, member lists, provenance, hosts. */
const IDENTITY = ['name', 'shortName', 'slug', 'kind', 'parent', 'memberships', 'hosting'] as const

const upstreamOf = (doc: Record<string, unknown> | undefined) =>
  doc ? [...(idOf(doc.parent) === null ? [] : [idOf(doc.parent)!]), ...idsOf(doc.memberships)] : []

const comparable = (doc: Record<string, unknown> | undefined, field: string) => {
  const value = doc?.[field]
  if (field === 'parent') return String(idOf(value))
  if (field === 'memberships') return idsOf(value).map(String).sort().join(',')
  return JSON.stringify(value ?? null)
}

export const trackOrganizationChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  const identity =
    operation === 'create' ||
    IDENTITY.some((f) => comparable(doc, f) !== comparable(previousDoc, f))
  await recordChange(
    req,
    identity
      ? { kind: 'identity', org: doc.id, formerUpstream: upstreamOf(previousDoc) }
      : { kind: 'local', org: doc.id },
    `Организация: ${String(doc.shortName || doc.name)}`,
  )
  return doc
}

export const trackOrganizationDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordChange(
    req,
    { kind: 'identity', org: doc.id, formerUpstream: upstreamOf(doc) },
    `Удалена организация: ${String(doc.shortName || doc.name)}`,
  )
  return doc
}
