import { describe, expect, it } from 'vitest'
import { markdownToHtml } from '../../tools/documents/markdownToHtml'

describe("the demo documents' Markdown subset", () => {
  it('renders headings, a stamp and paragraphs, escaping HTML and keeping № with its number', () => {
    const html = markdownToHtml(
      '# Устав <ППО>\n\n> УТВЕРЖДЕНО\n> протоколом № 5\n\nТекст **важный** и _курсив_.\nЕщё строка.',
    )
    expect(html.split('\n')).toEqual([
      '<h1>Устав &lt;ППО&gt;</h1>',
      '<div class="stamp">УТВЕРЖДЕНО<br>протоколом №\u00a05</div>',
      '<p>Текст <strong>важный</strong> и <em>курсив</em>. Ещё строка.</p>',
    ])
  })

  it('nests indented items and joins wrapped lines to their item', () => {
    expect(markdownToHtml('1. Первое\n  - под\n2. Второе\n   продолжение')).toBe(
      '<ol><li>Первое<ul><li>под</li></ul></li><li>Второе продолжение</li></ol>',
    )
  })

  it('right-aligns the columns whose body cells are all figures', () => {
    expect(markdownToHtml('| Год | Число |\n| --- | --- |\n| два | 12 480 |')).toBe(
      '<table><thead><tr><th>Год</th><th class="num">Число</th></tr></thead>' +
        '<tbody><tr><td>два</td><td class="num">12 480</td></tr></tbody></table>',
    )
  })
})
