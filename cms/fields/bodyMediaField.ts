import type { RelationshipField } from 'payload'
import { richTextMedia } from '../../domain/richText/richTextNodes'

/**
 * The images the text shows (inline, photo reports, video posters), derived from `body` on every
 * save — whatever a client sends is replaced — so that an edited image finds, with one indexed
 * query, every published text and through it every site that shows it (expandChanges).
 */
export function bodyMediaField(): RelationshipField {
  return {
    name: 'bodyMedia',
    type: 'relationship',
    relationTo: 'media',
    hasMany: true,
    index: true,
    admin: { hidden: true },
    hooks: {
      beforeChange: [
        ({ siblingData, originalDoc }) => {
          const body = 'body' in siblingData ? siblingData.body : originalDoc?.body
          const ids = richTextMedia(body)
          // The ids as the database holds them (numbers on SQLite and PostgreSQL).
          return ids.map((id) => (/^[0-9]+$/.test(id) ? Number(id) : id))
        },
      ],
    },
  }
}
