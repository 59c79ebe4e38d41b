import type { RichTextField } from 'payload'
import { richText } from 'payload/shared'
import { richTextProblems } from '../../domain/richText/richTextNodes'
import { slashLeftovers } from '../../domain/richText/slashLeftovers'
import { bodyEditor } from '../richText/bodyEditor'
import { missingBlockMedia } from '../richText/missingBlockMedia'

/**
 * The text of a post or page. The editor offers only what the sites render; a document that
 * arrives another way (import, REST, GraphQL, Local API) with anything else is refused with a
 * Russian 400 instead of showing a hole or «unknown node» on the public pages.
 */
export function bodyField(): RichTextField {
  return {
    name: 'body',
    type: 'richText',
    label: { ru: 'Текст' },
    editor: bodyEditor,
    validate: async (value, args) => {
      const problems = richTextProblems(value)
      if (problems.length > 0) return `Текст нельзя сохранить: ${problems.join('; ')}.`
      // Checked when the text is validated: on publishing (a draft may keep unfinished work).
      const leftovers = slashLeftovers(value)
      if (leftovers.length > 0)
        return `В тексте осталась команда меню ${leftovers.map((l) => `«${l}»`).join(', ')}: удалите её или выберите пункт из меню.`
      const missing = await missingBlockMedia(args.req, value)
      if (missing) return `Текст нельзя сохранить: ${missing}.`
      return richText(value, args)
    },
  }
}
