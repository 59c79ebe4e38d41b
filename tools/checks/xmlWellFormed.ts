import { XMLValidator } from 'fast-xml-parser'
import type { CheckProblem } from './problem'

/**
 * Whether an XML output (feed, sitemap) is well-formed. Feed readers and search engines drop a
 * document at its first error, so one broken entity loses the whole feed. fast-xml-parser's
 * validator checks tags, attributes and the single root; two rules it lets through are checked
 * here: only XML's own named entities (`&nbsp;` from HTML is fatal in XML), and no control
 * characters.
 */

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])
// XML 1.0 §2.2: tab, LF and CR are the only characters below U+0020; U+FFFE/U+FFFF are not allowed.
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length

/** Text outside CDATA sections and comments, where entity references are markup. */
function markupOnly(text: string): string {
  // Same length, so indexes still give the right line.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ')
  return text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, blank)
}

/** Index of the first entity reference XML does not define, if any. */
function undefinedEntity(text: string): number | undefined {
  // A DOCTYPE may declare entities of its own; feeds and sitemaps have none.
  if (/<!DOCTYPE/i.test(text)) return undefined
  const markup = markupOnly(text)
  for (const match of markup.matchAll(/&([A-Za-z_][\w.-]*);/g)) {
    if (!PREDEFINED.has(match[1]!)) return match.index
  }
  return undefined
}

export function xmlProblem(file: string, text: string): CheckProblem | undefined {
  const problem = (message: string, line?: number): CheckProblem => ({
    check: 'xml',
    file,
    message,
    line,
  })
  if (text.trim() === '') return problem('is empty')
  const result = XMLValidator.validate(text)
  if (result !== true) return problem(result.err.msg, result.err.line)
  const control = FORBIDDEN_CHAR.exec(text)
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0')
    return problem(`character U+${code} is not allowed in XML`, lineAt(text, control.index))
  }
  const entityAt = undefinedEntity(text)
  if (entityAt !== undefined) {
    const name = /&[^;]+;/.exec(text.slice(entityAt))![0]
    return problem(`entity ${name} is not defined in XML`, lineAt(text, entityAt))
  }
  return undefined
}
