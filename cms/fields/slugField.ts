import type { Field, FieldHook } from 'payload'
import { isValidSlug, slugify } from '../../domain/text/slugify'

/** Derives the slug from another field when the editor leaves it empty. */
function deriveFrom(source: string, maxLength: number): FieldHook {
  return ({ value, siblingData }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase()
    const from = siblingData?.[source]
    return typeof from === 'string' ? slugify(from, maxLength) : value
  }
}

export function slugField(options: {
  from: string
  maxLength?: number
  description?: string
  /** In the sidebar (the default), or in the main column, e.g. inside a tab. */
  inSidebar?: boolean
}): Field {
  const maxLength = options.maxLength ?? 80
  return {
    name: 'slug',
    type: 'text',
    index: true,
    label: { ru: 'Адрес в ссылке' },
    hooks: { beforeValidate: [deriveFrom(options.from, maxLength)] },
    validate: (value: string | null | undefined) => {
      if (!value) return 'Адрес не может быть пустым: заполните заголовок или адрес.'
      if (value.length > maxLength) return `Адрес длиннее ${maxLength} символов.`
      if (!isValidSlug(value, maxLength))
        return 'Адрес может содержать только строчные латинские буквы, цифры и одиночные дефисы (не в начале и не в конце).'
      return true
    },
    admin: {
      ...(options.inSidebar === false ? {} : { position: 'sidebar' as const }),
      description: {
        ru:
          options.description ??
          'Латиницей; если оставить пустым, будет получен из названия транслитерацией.',
      },
    },
  }
}
