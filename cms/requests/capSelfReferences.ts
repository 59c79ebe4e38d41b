import type { Field } from 'payload'

/**
 * Gives every relationship that points into its own collection (an organization's parent,
 * ancestors and memberships, a page's parent) a population depth of `depth`, unless the field
 * sets its own. Without it, `?depth=10` follows the chain org → parent → parent… and each
 * ancestor's ancestors in turn: hundreds of megabytes from one anonymous request.
 */
export function capSelfReferences(slug: string, fields: Field[], depth: number): Field[] {
  return fields.map((field) => {
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      field.maxDepth === undefined &&
      ([] as string[]).concat(field.relationTo).includes(slug)
    )
      return { ...field, maxDepth: depth }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: capSelfReferences(slug, field.fields, depth) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: capSelfReferences(slug, tab.fields, depth),
        })),
      }
    if (field.type === 'blocks' && field.blocks)
      return {
        ...field,
        blocks: field.blocks.map((b) => ({
          ...b,
          fields: capSelfReferences(slug, b.fields, depth),
        })),
      }
    return field
  })
}
