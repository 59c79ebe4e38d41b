import type { PayloadRequest } from 'payload'

/** The network's roots: every organization without a parent (a federation, an independent union). */
export async function networkRootIds(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where: { parent: { exists: false } },
    select: {},
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => String(d.id))
}
