import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { asksBeyond, capListQuery } from '../../cms/requests/capListQuery'
import { capSelfReferences } from '../../cms/requests/capSelfReferences'
import { clientErrorMessage } from '../../cms/requests/clientErrorMessage'
import { inputProblems, type FieldLike } from '../../cms/requests/inputProblems'
import { richTextProblem } from '../../cms/requests/richTextProblem'
import { requestLimits, trustedOrigins, UNCONFIGURED } from '../../cms/requests/requestSettings'

describe('trustedOrigins', () => {
  it('is SERVER_URL’s origin plus TRUSTED_ORIGINS, and localhost:3000 outside production', () => {
    expect(
      trustedOrigins({
        SERVER_URL: 'https://admin.union.example/',
        TRUSTED_ORIGINS: ' https://editor.union.example/x , junk, ftp://x',
        NODE_ENV: 'development',
      }),
    ).toEqual([
      'https://admin.union.example',
      'https://editor.union.example',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ])
  })

  it('in production trusts only what is configured, never localhost by default', () => {
    // Never an empty list: Payload would read that as "every origin".
    expect(trustedOrigins({ NODE_ENV: 'production' })).toEqual([UNCONFIGURED])
    expect(trustedOrigins({ NODE_ENV: 'production', SERVER_URL: 'https://a.example' })).toEqual([
      'https://a.example',
    ])
  })
})

describe('requestLimits', () => {
  it('caps lists at 100 anonymous / 500 signed in, depth at 3, self-references at 1', () => {
    expect(requestLimits({})).toMatchObject({
      anonymousListLimit: 100,
      signedInListLimit: 500,
      maxDepth: 3,
      selfReferenceDepth: 1,
      maxBodyBytes: 4 * 1024 * 1024,
      maxRichTextBytes: 1024 * 1024,
    })
    expect(requestLimits({ MAX_UPLOAD_MB: '10' }).maxUploadBytes).toBe(10 * 1024 * 1024)
  })
})

describe('capListQuery', () => {
  const cap = (q: string) => capListQuery(new URLSearchParams(q), 100)?.toString()
  it('bounds limit to 1..cap and drops pagination', () => {
    expect(cap('limit=0')).toBe('limit=100')
    expect(cap('limit=-1&depth=2')).toBe('limit=100&depth=2')
    expect(cap('limit=100000')).toBe('limit=100')
    expect(cap('limit=1.5')).toBe('limit=100')
    expect(cap('limit=5&limit=0')).toBe('limit=100')
    expect(cap('pagination=false&limit=10')).toBe('limit=10')
  })
  it('leaves a bounded query untouched', () => {
    expect(cap('limit=20&where[a][equals]=b')).toBeUndefined()
    expect(cap('')).toBeUndefined()
  })
  it('asksBeyond tells when the signed-in cap may matter', () => {
    const beyond = (q: string) => asksBeyond(new URLSearchParams(q), 100)
    expect(beyond('limit=50')).toBe(false)
    expect(beyond('')).toBe(false)
    expect(beyond('limit=0')).toBe(true)
    expect(beyond('limit=101')).toBe(true)
    expect(beyond('pagination=false')).toBe(true)
  })
})

describe('richTextProblem', () => {
  const doc = (children: unknown[]) => ({ root: { type: 'root', children } })
  it('accepts empty values and well-formed trees', () => {
    expect(richTextProblem(null, 1000)).toBeUndefined()
    expect(richTextProblem(doc([{ type: 'paragraph', children: [] }]), 1000)).toBeUndefined()
  })
  it('refuses nodes that are not objects, non-list children, a missing root', () => {
    expect(richTextProblem(doc([1]), 1000)).toMatch(/повреждён/)
    expect(richTextProblem(doc([{ type: 'p', children: 'x' }]), 1000)).toMatch(/списком/)
    expect(richTextProblem({ root: 'x' }, 1000)).toMatch(/root/)
    expect(richTextProblem('текст', 1000)).toMatch(/root/)
  })
  it('refuses a value over the size limit and hostile nesting', () => {
    expect(richTextProblem(doc([{ type: 't', text: 'я'.repeat(600) }]), 1000)).toMatch(
      /слишком большой/,
    )
    let node: Record<string, unknown> = { type: 't' }
    for (let i = 0; i < 100; i++) node = { type: 'p', children: [node] }
    expect(richTextProblem(doc([node]), 1e6)).toMatch(/вложенность/)
  })
})

describe('inputProblems', () => {
  const fields: FieldLike[] = [
    { type: 'number', name: 'count', label: { ru: 'Число' } },
    { type: 'select', name: '_status', options: [{ value: 'draft' }, { value: 'published' }] },
    { type: 'select', name: 'kinds', hasMany: true, options: ['a', 'b'] },
    { type: 'group', name: 'g', fields: [{ type: 'number', name: 'n' }] },
    { type: 'row', fields: [{ type: 'richText', name: 'body' }] },
    { type: 'array', name: 'rows', fields: [{ type: 'number', name: 'n' }] },
    { type: 'tabs', tabs: [{ name: 't', fields: [{ type: 'number', name: 'n' }] }] },
  ]
  const paths = (data: Record<string, unknown>) =>
    inputProblems(fields, data, 1000).map((p) => p.path)

  it('accepts valid values, numeric strings and nulls', () => {
    expect(
      paths({ count: '12', _status: 'draft', kinds: ['a'], g: { n: null }, rows: [] }),
    ).toEqual([])
  })
  it('names every bad value by its path', () => {
    expect(
      paths({
        count: 'много',
        _status: 'archived',
        kinds: ['a', 'z'],
        g: { n: 'x' },
        body: { root: { type: 'root', children: [1] } },
        rows: [{ n: 1 }, { n: 'y' }],
        t: { n: true },
      }),
    ).toEqual(['count', '_status', 'kinds', 'g.n', 'body', 'rows.1.n', 't.n'])
  })
  it('carries the field label for the top-level message', () => {
    expect(inputProblems(fields, { count: 'x' }, 1000)[0]?.label).toEqual({ ru: 'Число' })
  })
})

describe('clientErrorMessage', () => {
  it('recognises foreign-key and bad-value errors through their causes', () => {
    const wrapped = (cause: unknown) => Object.assign(new Error('Failed query'), { cause })
    expect(clientErrorMessage(wrapped(new Error('FOREIGN KEY constraint failed')))).toMatch(
      /Связанный документ/,
    )
    expect(clientErrorMessage(wrapped(Object.assign(new Error('x'), { code: '23503' })))).toMatch(
      /Связанный документ/,
    )
    expect(clientErrorMessage(wrapped(new RangeError('Only finite numbers …')))).toMatch(
      /Неверное значение/,
    )
    expect(clientErrorMessage(Object.assign(new Error('x'), { code: '22P02' }))).toMatch(
      /Неверное значение/,
    )
  })
  it('leaves real faults alone', () => {
    expect(clientErrorMessage(new TypeError('x is undefined'))).toBeUndefined()
  })
})

describe('capSelfReferences', () => {
  it('caps relations into the own collection, nested ones too, and keeps explicit depths', () => {
    const fields = [
      { name: 'parent', type: 'relationship', relationTo: 'orgs' },
      { name: 'other', type: 'relationship', relationTo: 'media' },
      { name: 'fixed', type: 'relationship', relationTo: 'orgs', maxDepth: 2 },
      { type: 'row', fields: [{ name: 'm', type: 'relationship', relationTo: ['orgs'] }] },
    ] as Field[]
    const capped = capSelfReferences('orgs', fields, 1) as any[]
    expect(capped[0].maxDepth).toBe(1)
    expect(capped[1].maxDepth).toBeUndefined()
    expect(capped[2].maxDepth).toBe(2)
    expect(capped[3].fields[0].maxDepth).toBe(1)
  })
})
