import type { Payload } from 'payload'
import { openQueue } from '../../cms/publishing/queue/openQueue'

/**
 * Marks every published site whose pages were rendered by other site code than `renderer` (a
 * deploy of new templates or themes): each gets rebuilt by the workers, and since every page key
 * contains the renderer's id, rebuilt whole. Returns how many sites were marked.
 */
export async function markStaleSites(payload: Payload, renderer: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: {
      and: [
        { built: { greater_than: 0 } },
        { or: [{ renderer: { not_equals: renderer } }, { renderer: { exists: false } }] },
      ],
    },
    select: { host: true, organization: true, orgPath: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (docs.length === 0) return 0
  await openQueue(payload).mark(
    docs.map((d) => ({
      host: d.host,
      org:
        typeof d.organization === 'object'
          ? (d.organization?.id ?? null)
          : (d.organization ?? null),
      orgPath: d.orgPath ?? '/',
    })),
    'Обновлены шаблоны или темы сайтов',
  )
  return docs.length
}
