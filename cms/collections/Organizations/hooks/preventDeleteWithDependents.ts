import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type Where } from 'payload'

const CONTENT: { collection: CollectionSlug; label: string }[] = [
  { collection: 'posts', label: 'новостей' },
  { collection: 'events', label: 'мероприятий' },
  { collection: 'pages', label: 'страниц' },
  { collection: 'documents', label: 'документов' },
  { collection: 'media', label: 'изображений' },
]

/**
 * Deleting an org with children or content would orphan them (or, with cascades, destroy them),
 * so it is refused with a list of what to move first.
 */
export const preventDeleteWithDependents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const count = async (collection: CollectionSlug, where: Where) =>
    (await req.payload.count({ collection, where, overrideAccess: true, req })).totalDocs
  const found: string[] = []
  const children = await count('organizations', { parent: { equals: id } })
  if (children > 0) found.push(`${children} дочерних организаций`)
  const members = await count('organizations', { memberships: { in: [id] } })
  if (members > 0) found.push(`${members} организаций-членов`)
  for (const { collection, label } of CONTENT) {
    const n = await count(collection, { organization: { equals: id } })
    if (n > 0) found.push(`${n} ${label}`)
  }
  // Members' personal data: neither moved by a content transfer nor silently orphaned.
  const inquiries = await count('inquiries', { organization: { equals: id } })
  if (inquiries > 0) found.push(`${inquiries} обращений членов профсоюза (передайте их выше)`)
  if (found.length > 0) {
    throw new APIError(
      `Организацию нельзя удалить: у неё ${found.join(', ')}. Сначала перенесите их в другую организацию ` +
        '(кнопка «Перенести содержимое» в карточке организации) или удалите, затем повторите удаление.',
      409,
      { dependents: found },
      true,
    )
  }
}
