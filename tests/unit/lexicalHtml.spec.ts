import { describe, expect, it } from 'vitest'
import { lexicalHtml } from '../../cms/richText/html/lexicalHtml'
import { doc, text } from '../helpers/lexicalNodes'

const item = (value: number, ...children: object[]) => ({
  type: 'listitem',
  value,
  version: 1,
  children,
  indent: 0,
  direction: null,
  format: '',
})
const list = (tag: 'ul' | 'ol', ...children: object[]) => ({
  type: 'list',
  tag,
  listType: tag === 'ul' ? 'bullet' : 'number',
  start: 1,
  version: 1,
  children,
  indent: 0,
  direction: null,
  format: '',
})

describe('lexicalHtml', () => {
  it('writes bullet items without the value attribute HTML forbids inside <ul>', () => {
    expect(lexicalHtml(doc(list('ul', item(1, text('Один')), item(2, text('Два')))))).toBe(
      '<ul class="list-bullet"><li>Один</li><li>Два</li></ul>',
    )
  })

  it('keeps the numbers of an ordered list and marks a nested list item', () => {
    const html = lexicalHtml(
      doc(list('ol', item(1, text('a')), item(2, list('ol', item(1, text('b')))))),
    )
    expect(html).toBe(
      '<ol class="list-number"><li value="1">a</li><li class="nestedListItem" style="list-style-type: none;" value="2"><ol class="list-number"><li value="1">b</li></ol></li></ol>',
    )
  })

  it('escapes text and gives nothing for empty rich text', () => {
    expect(lexicalHtml(doc(list('ul', item(1, text('<b>&</b>')))))).toContain(
      '&lt;b&gt;&amp;&lt;/b&gt;',
    )
    expect(lexicalHtml(null)).toBe('')
  })
})

describe('headings in a text', () => {
  const heading = (tag: string, words: string) => ({
    type: 'heading',
    tag,
    version: 1,
    children: [text(words)],
    indent: 0,
    direction: null,
    format: '',
  })

  it('writes a text’s «Заголовок 1» as <h2>: the page’s title stays its only <h1>', () => {
    expect(lexicalHtml(doc(heading('h1', 'Итоги')))).toBe('<h2>Итоги</h2>')
  })

  it('keeps <h2>–<h4> as they are', () => {
    expect(lexicalHtml(doc(heading('h2', 'А'), heading('h3', 'Б'), heading('h4', 'В')))).toBe(
      '<h2>А</h2><h3>Б</h3><h4>В</h4>',
    )
  })
})
