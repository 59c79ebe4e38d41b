import { describe, expect, it } from 'vitest'
import { UPLOAD_GUARDS } from '../../cms/uploads/guardUpload'
import { SOCIAL_NETWORKS } from '../../domain/socialNetworks'
import { SAMPLE_PDF } from '../helpers/files'
import { restUpload, type UploadPart } from '../helpers/multipartClient'
import { minimalDocx, minimalOdt } from '../helpers/officeFiles'
import { listing, named, part, useUploadTestbed } from '../helpers/uploadTestbed'

/**
 * Issue 12, stored XSS through uploads: a valid PNG or PDF named `x.html` was stored as `x.html`
 * and served as text/html under /media/ on every site. The bytes now decide whether a file is
 * accepted, its type and its extension, and sizes are bounded (names and leftovers:
 * uploadsDisk.int.spec.ts).
 */
const u = useUploadTestbed()

describe('the stored type and extension follow the bytes', () => {
  it('every upload collection runs the shared guard', () => {
    const uploads = u.payload.config.collections.filter((c) => c.upload)
    expect(uploads.map((c) => c.slug).sort()).toEqual(['documents', 'inquiry-files', 'media'])
    for (const collection of uploads) {
      expect(collection.hooks.beforeOperation?.some((h) => UPLOAD_GUARDS.has(h))).toBe(true)
    }
  })

  it('labels Payload’s own upload fields in Russian, keeping them hidden, and keeps image sizes out of the lists', () => {
    const uploads = u.payload.config.collections.filter((c) => c.upload)
    for (const collection of uploads) {
      const field = (name: string) =>
        collection.fields.find((f) => 'name' in f && f.name === name) as
          { label?: unknown; admin?: { hidden?: boolean; readOnly?: boolean } } | undefined
      expect(field('mimeType')?.label).toBe('Тип файла')
      expect(field('thumbnailURL')?.label).toBe('Адрес миниатюры')
      expect(field('url')?.label).toBe('Адрес файла')
      expect(field('mimeType')?.admin).toMatchObject({ hidden: true, readOnly: true })
      expect(field('url')?.admin).toMatchObject({ hidden: true, readOnly: true })
    }
    const media = u.payload.config.collections.find((c) => c.slug === 'media')
    const sizes = media?.upload && typeof media.upload === 'object' ? media.upload.imageSizes : []
    for (const size of sizes ?? []) expect(size.admin?.disableListColumn).toBe(true)
  })

  it('shows no «API» tab on the product’s documents (hideAPIURL)', () => {
    // Payload's own system collections (payload-*) are added after the plugins and not shown.
    const own = u.payload.config.collections.filter((c) => !c.slug.startsWith('payload-'))
    expect(own.length).toBeGreaterThan(20)
    for (const collection of own)
      expect([collection.slug, collection.admin.hideAPIURL]).toEqual([collection.slug, true])
  })

  const NETWORK_NAMES = new Set<string>(Object.values(SOCIAL_NETWORKS).map((n) => n.label))

  it('labels in Russian every field an editor can see (no «Email», «Organization», «From Lineage»)', () => {
    type AnyField = {
      name?: string
      type: string
      label?: unknown
      hidden?: boolean
      admin?: { hidden?: boolean; disabled?: boolean }
      fields?: AnyField[]
      tabs?: { fields: AnyField[] }[]
    }
    const english: string[] = []
    const walk = (slug: string, fields: AnyField[]) => {
      for (const field of fields) {
        // `hidden`: never sent to the browser (the password hash); `disabled`: never shown (sessions).
        if (field.hidden || field.admin?.hidden || field.admin?.disabled) continue
        // A function label is Payload's own, translated through its Russian translations; the
        // product's are plain Russian strings (cms/i18n/plainRussianLabels.ts).
        // Networks are named as they name themselves (domain/socialNetworks.ts).
        const labelled =
          typeof field.label === 'function' ||
          (typeof field.label === 'string' &&
            (/\p{Script=Cyrillic}/u.test(field.label) || NETWORK_NAMES.has(field.label)))
        if (field.name && field.type !== 'ui' && !labelled) english.push(`${slug}.${field.name}`)
        walk(slug, field.fields ?? [])
        for (const tab of field.tabs ?? []) walk(slug, tab.fields)
      }
    }
    for (const collection of u.payload.config.collections)
      if (!collection.slug.startsWith('payload-') && !collection.admin.hidden) {
        walk(collection.slug, collection.fields as AnyField[])
        // Plain strings: the sort buttons and «Создать» print a label object as [object Object].
        expect([collection.slug, typeof collection.labels.plural]).toEqual([
          collection.slug,
          'string',
        ])
      }
    expect(english).toEqual([])
  })

  it('a PNG named x.html is stored as x.png, image/png (REST multipart)', async () => {
    const res = await restUpload(u.payload, 'POST', '/media', {
      token: await u.editorToken(),
      file: part(u.png, 'x.html', 'text/html'),
      data: u.mediaData(),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toMatch(named('x', 'png'))
    expect(res.body.doc.mimeType).toBe('image/png')
    expect(listing(u.imagesDir()).filter((f) => /\.html?$/i.test(f))).toEqual([])
  })

  it('a PDF named x.html is stored as x.pdf, application/pdf (REST)', async () => {
    const res = await restUpload(u.payload, 'POST', '/documents', {
      token: await u.editorToken(),
      file: part(SAMPLE_PDF, 'x.html', 'application/pdf'),
      data: u.documentData(),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toMatch(named('x', 'pdf'))
    expect(res.body.doc.mimeType).toBe('application/pdf')
    expect(listing(u.documentsDir()).filter((f) => /\.html?$/i.test(f))).toEqual([])
  })

  it.each([
    [
      'DOCX',
      'docx',
      minimalDocx,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['ODT', 'odt', minimalOdt, 'application/vnd.oasis.opendocument.text'],
  ])('a %s named x.html is stored as x.%s (REST)', async (_, ext, make, mime) => {
    const res = await restUpload(u.payload, 'POST', '/documents', {
      token: await u.editorToken(),
      file: part(make(), 'x.html', 'text/html'),
      data: u.documentData(),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toMatch(named('x', ext))
    expect(res.body.doc.mimeType).toBe(mime)
  })

  it('the Local API stores the detected type, not the one the caller claims', async () => {
    const doc = await u.payload.create({
      collection: 'documents',
      data: u.documentData() as never,
      file: {
        data: SAMPLE_PDF,
        mimetype: 'text/html',
        name: 'otchet.htm',
        size: SAMPLE_PDF.length,
      },
      user: await u.editor(),
      overrideAccess: false,
    })
    expect(doc.filename).toMatch(named('otchet', 'pdf'))
    expect(doc.mimeType).toBe('application/pdf')
  })

  const html = Buffer.from('<!doctype html><script>fetch("/api/posts",{method:"POST"})</script>')
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>',
  )
  const refused: [string, 'media' | 'documents', UploadPart][] = [
    ['HTML named x.png', 'media', part(html, 'x.png', 'image/png')],
    ['an SVG with a script', 'media', part(svg, 'x.svg', 'image/svg+xml')],
    ['an SVG named x.png', 'media', part(svg, 'x.png', 'image/png')],
    ['a PDF sent as an image', 'media', part(SAMPLE_PDF, 'x.png', 'image/png')],
    ['HTML named x.pdf', 'documents', part(html, 'x.pdf', 'application/pdf')],
    [
      'JavaScript named x.docx',
      'documents',
      part(
        Buffer.from('alert(1)'),
        'x.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ],
    ['a PNG sent as a document', 'documents', part(u.png, 'x.pdf', 'application/pdf')],
  ]
  it.each(refused)(
    '%s is refused (%s) with a Russian 400, nothing on disk',
    async (_, collection, file) => {
      const dir = collection === 'media' ? u.imagesDir() : u.documentsDir()
      const before = listing(dir)
      const res = await restUpload(u.payload, 'POST', `/${collection}`, {
        token: await u.editorToken(),
        file,
        data: collection === 'media' ? u.mediaData() : u.documentData(),
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(/^Такой файл загрузить нельзя/)
      expect(listing(dir)).toEqual(before)
    },
  )
})

describe('size limits', () => {
  const bigPng = () => Buffer.concat([u.png, Buffer.alloc(21 * 1024 * 1024)])

  it('an image over 20 MB is refused with a Russian 413 (REST)', async () => {
    const before = listing(u.imagesDir())
    const res = await restUpload(u.payload, 'POST', '/media', {
      token: await u.editorToken(),
      file: part(bigPng(), 'big.png', 'image/png'),
      data: u.mediaData(),
    })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toMatch(/^Файл слишком большой/)
    expect(listing(u.imagesDir())).toEqual(before)
  })

  it('an image over 20 MB is refused with 413 (Local API)', async () => {
    const data = bigPng()
    const error = await u.payload
      .create({
        collection: 'media',
        data: u.mediaData() as never,
        file: { data, mimetype: 'image/png', name: 'big.png', size: 10 },
        user: await u.editor(),
        overrideAccess: false,
      })
      .then(
        () => undefined,
        (e: unknown) => e as { status?: number; message: string },
      )
    expect(error?.status).toBe(413)
    expect(error?.message).toMatch(/^Файл слишком большой/)
  })

  it('a 25 MB document (a scanned agreement) is accepted; one over 40 MB is refused with 413', async () => {
    const newline = SAMPLE_PDF.indexOf(0x0a) + 1
    const padded = (mb: number) =>
      Buffer.concat([
        SAMPLE_PDF.subarray(0, newline),
        Buffer.from('%'),
        Buffer.alloc(mb * 1024 * 1024, 0x20),
        Buffer.from('\n'),
        SAMPLE_PDF.subarray(newline),
      ])
    const ok = await restUpload(u.payload, 'POST', '/documents', {
      token: await u.editorToken(),
      file: part(padded(25), 'scan.pdf', 'application/pdf'),
      data: u.documentData(),
    })
    expect(ok.status).toBe(201)
    const tooBig = await restUpload(u.payload, 'POST', '/documents', {
      token: await u.editorToken(),
      file: part(padded(41), 'scan.pdf', 'application/pdf'),
      data: u.documentData(),
    })
    expect(tooBig.status).toBe(413)
    expect(tooBig.body.errors[0].message).toMatch(/^Файл слишком большой/)
  })
})
