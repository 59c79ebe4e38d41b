import type { CollectionSlug, File, Payload, Where } from 'payload'

export type UpsertAction = 'created' | 'updated' | 'unchanged'

export interface UpsertResult {
  id: string | number
  action: UpsertAction
}

export interface UpsertArgs {
  collection: CollectionSlug
  importKey: string
  hash: string
  data: Record<string, unknown>
  file?: () => Promise<File>
  /** For collections with drafts: save as a draft instead of publishing. */
  draft?: boolean
  /** For users, looked up by e-mail so an account created by hand is adopted rather than duplicated. */
  match?: Where
  /** Fields only written when the document is created (a password must not be reset on re-import). */
  createOnly?: Record<string, unknown>
}

/**
 * Creates or updates one imported document. Unchanged entries (same hash) are not written at all,
 * so a second import leaves timestamps and version history alone.
 */
export async function upsert(payload: Payload, args: UpsertArgs): Promise<UpsertResult> {
  try {
    return await write(payload, args)
  } catch (error) {
    throw new Error(`${args.importKey}: ${describeError(error)}`, { cause: error })
  }
}

/** Payload's ValidationError keeps the per-field (Russian) messages in `data.errors`. */
function describeError(error: unknown): string {
  const fields = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
  if (fields?.length) return fields.map((f) => `${f.path}: ${f.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

async function write(payload: Payload, args: UpsertArgs): Promise<UpsertResult> {
  const where: Where = args.match ?? { importKey: { equals: args.importKey } }
  const hasDrafts = Boolean(payload.collections[args.collection]?.config.versions?.drafts)
  const { docs } = await payload.find({
    collection: args.collection,
    where,
    limit: 1,
    depth: 0,
    draft: hasDrafts,
    pagination: false,
    overrideAccess: true,
  })
  const existing = docs[0] as { id: string | number; importHash?: string | null } | undefined
  if (existing && existing.importHash === args.hash) return { id: existing.id, action: 'unchanged' }
  // The importer is generic over collections; each caller's data matches its collection.
  const data: Record<string, unknown> = {
    ...args.data,
    importKey: args.importKey,
    importHash: args.hash,
  }
  if (hasDrafts) data._status = args.draft ? 'draft' : 'published'
  const file = args.file ? await args.file() : undefined
  if (existing) {
    await payload.update({
      collection: args.collection,
      id: existing.id,
      data: data as never,
      file,
      draft: hasDrafts ? Boolean(args.draft) : undefined,
      depth: 0,
      overrideAccess: true,
    })
    return { id: existing.id, action: 'updated' }
  }
  const created = await payload.create({
    collection: args.collection,
    data: { ...data, ...args.createOnly } as never,
    file,
    draft: hasDrafts ? Boolean(args.draft) : undefined,
    depth: 0,
    overrideAccess: true,
  })
  return { id: created.id, action: 'created' }
}
