import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../services/refs'

/** Menus nest pages of one site only, and never in a loop. Page trees are a few levels deep. */
export const checkPageParent: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  const parent = idOf('parent' in data ? data.parent : originalDoc?.parent)
  if (parent === null) return data
  const org = idOf(data.organization ?? originalDoc?.organization)
  const fail = (message: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ path: 'parent', message }], req })
  const seen = new Set<string>(originalDoc ? [String(originalDoc.id)] : [])
  for (let at: string | number | null = parent, first = true; at !== null; first = false) {
    if (seen.has(String(at))) throw fail('Страница не может быть вложена сама в себя.')
    seen.add(String(at))
    const page = await req.payload.findByID({
      collection: 'pages',
      id: at,
      depth: 0,
      draft: true,
      select: { parent: true, organization: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!page) throw fail('Родительская страница не найдена.')
    if (first && String(idOf(page.organization)) !== String(org))
      throw fail('Родительская страница должна принадлежать той же организации.')
    at = idOf(page.parent)
  }
  return data
}
