/** Lexical rich text written by hand for tests: a text run, a paragraph, a document, an upload. */
export const text = (t: string) => ({
  type: 'text',
  text: t,
  format: 0,
  version: 1,
  detail: 0,
  mode: 'normal',
  style: '',
})

export const para = (...children: object[]) => ({
  type: 'paragraph',
  version: 1,
  children,
  indent: 0,
  direction: null,
  format: '',
  textFormat: 0,
})

export const doc = (...children: object[]) => ({
  root: { type: 'root', version: 1, children, indent: 0, direction: null, format: '' },
})

export const upload = (value: unknown, relationTo = 'media') => ({
  type: 'upload',
  version: 3,
  format: '',
  id: 'u1',
  fields: null,
  relationTo,
  value,
})
