import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from '../../content/lib/frontMatter'

describe('parseFrontMatter', () => {
  it('splits YAML front matter from the Markdown body', () => {
    const file = '---\ntitle: "О нас"\nmenuOrder: 10\ntags: [a, b]\n---\n\n# Заголовок\n\nТекст.\n'
    expect(parseFrontMatter(file)).toEqual({
      data: { title: 'О нас', menuOrder: 10, tags: ['a', 'b'] },
      body: '# Заголовок\n\nТекст.',
    })
  })

  it('accepts Windows line endings', () => {
    expect(parseFrontMatter('---\r\ntitle: О нас\r\n---\r\nТекст.\r\n')).toEqual({
      data: { title: 'О нас' },
      body: 'Текст.',
    })
  })

  it('keeps dates as strings for the schema to check', () => {
    expect(parseFrontMatter('---\ndate: 2026-06-09\n---\n').data).toEqual({ date: '2026-06-09' })
  })

  it('gives an empty object for a blank front matter block', () => {
    expect(parseFrontMatter('---\n\n---\nТекст.')).toEqual({ data: {}, body: 'Текст.' })
  })

  it('allows an empty body', () => {
    expect(parseFrontMatter('---\ntitle: x\n---')).toEqual({ data: { title: 'x' }, body: '' })
  })

  it('keeps a horizontal rule in the body', () => {
    expect(parseFrontMatter('---\ntitle: x\n---\nдо\n\n---\n\nпосле').body).toBe(
      'до\n\n---\n\nпосле',
    )
  })

  it('throws when the file does not start with front matter', () => {
    expect(() => parseFrontMatter('# Заголовок\n\nТекст.')).toThrow(/front matter/)
    expect(() => parseFrontMatter('\n---\ntitle: x\n---\n')).toThrow(/front matter/)
  })

  it('throws when the front matter is never closed', () => {
    expect(() => parseFrontMatter('---\ntitle: x\nТекст.')).toThrow(/front matter/)
  })

  it('throws on invalid YAML', () => {
    expect(() => parseFrontMatter('---\ntitle: [unclosed\n---\nТекст.')).toThrow()
  })
})
