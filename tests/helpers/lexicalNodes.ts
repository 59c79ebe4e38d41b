/** Lexical rich text written by hand for tests: a text run, a paragraph, a document. */
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
