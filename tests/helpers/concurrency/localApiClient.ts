import type { Payload, TypedUser } from 'payload'
import { failure, type ContentClient, type Outcome } from './contentClient'

/** An editor on the Local API with their own rights (`overrideAccess: false`), as the admin runs it. */
export function localApiClient(payload: Payload, user: TypedUser): ContentClient {
  const as = { overrideAccess: false, user, depth: 0 } as const
  const attempt = async (write: () => Promise<{ id: number | string }>): Promise<Outcome> => {
    try {
      return { ok: true, id: (await write()).id }
    } catch (error) {
      return failure(error)
    }
  }
  return {
    create: (collection, data) =>
      attempt(() => payload.create({ collection, data: data as never, ...as })),
    update: (collection, id, data) =>
      attempt(() => payload.update({ collection, id, data: data as never, ...as })),
    remove: (collection, id) => attempt(() => payload.delete({ collection, id, ...as })),
  }
}
