import { parse } from 'yaml'

export interface FrontMatterFile {
  data: unknown
  body: string
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

/** Splits `---\nyaml\n---\nmarkdown`. A file without front matter is an error: every entry needs one. */
export function parseFrontMatter(text: string): FrontMatterFile {
  const match = FENCE.exec(text)
  if (!match) throw new Error('the file does not start with a --- front matter block')
  return { data: parse(match[1]!) ?? {}, body: text.slice(match[0].length).trim() }
}
