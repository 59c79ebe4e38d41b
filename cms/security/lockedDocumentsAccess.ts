import {
  type Access,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
  type Where,
} from 'payload'
import { isPlatformAdmin } from '../../domain/access/scope'
import { userOf } from '../access/userOf'
import { idOf } from '../services/refs'
import { forbidden } from './forbidden'
import { mayUpdateDocument } from './mayUpdateDocument'

export const LOCKS = 'payload-locked-documents'
const CACHE_KEY = 'updatableLocksWhere'

type DocRef = { relationTo?: string; value?: unknown } | null | undefined

/**
 * The locks a user may see, move or remove: their own, and those on documents they may update
 * (a colleague's lock is what the admin shows as "being edited by…", and may be taken over).
 * Locks are few (open editors of the last minutes), so each is checked against its document.
 */
async function updatableLocksWhere(req: PayloadRequest): Promise<Where | boolean> {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const cached = req.context[CACHE_KEY] as Where | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: LOCKS,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { document: true },
    overrideAccess: true,
    req,
  })
  const allowed = new Map<string, (string | number)[]>()
  for (const lock of docs) {
    const doc = lock.document as DocRef
    const id = idOf(doc?.value)
    if (!doc?.relationTo || id === null) continue
    if (!(await mayUpdateDocument(req, doc.relationTo, id))) continue
    allowed.set(doc.relationTo, [...(allowed.get(doc.relationTo) ?? []), id])
  }
  const or: Where[] = [{ 'user.value': { equals: user.id } }]
  for (const [relationTo, ids] of allowed)
    or.push({
      and: [{ 'document.relationTo': { equals: relationTo } }, { 'document.value': { in: ids } }],
    })
  const where: Where = { or }
  req.context[CACHE_KEY] = where
  return where
}

export const locksInScope: Access = ({ req }) => updatableLocksWhere(req)

export const signedIn: Access = ({ req }) => Boolean(req.user)

/**
 * A lock names a document the caller may update, and the caller as its holder: nobody locks
 * another org's document or plants a lock in a colleague's name. The admin itself writes locks
 * through the database adapter, below these rules; they guard the REST, GraphQL and Local API.
 */
export const checkLock: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const user = userOf(req)
  if (!user || isPlatformAdmin(user)) return data
  const document = (data.document ?? originalDoc?.document) as DocRef
  const holder = (data.user ?? originalDoc?.user) as DocRef
  if (!holder || holder.relationTo !== 'users' || String(idOf(holder.value)) !== String(user.id))
    throw forbidden(req, 'Блокировку документа можно поставить только от своего имени.')
  const id = idOf(document?.value)
  if (
    !document?.relationTo ||
    id === null ||
    !(await mayUpdateDocument(req, document.relationTo, id))
  )
    throw forbidden(req, 'Заблокировать можно только документ, который вы можете изменять.')
  return data
}
