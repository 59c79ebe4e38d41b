import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SAMPLE_PDF, tinyPng } from '../helpers/files'
import { restUpload } from '../helpers/multipartClient'
import { listing, named, part, useUploadTestbed } from '../helpers/uploadTestbed'

/**
 * Issue 12, uploads: what lands on disk. Stored names are safe Latin slugs (no right-to-left
 * override, reserved device names, dot files or double extensions), and an upload that fails
 * leaves the uploads folder as it was: no stray new file, the old file of a refused replacement
 * still in place.
 */
const u = useUploadTestbed()

describe('file names', () => {
  const cases: [string, RegExp][] = [
    ['Отчёт\u202Egnp.html', named('otchetgnp', 'png')],
    ['../../etc/x.php.png', named('x-php', 'png')],
    ['..\\..\\x.png', named('x', 'png')],
    ['CON.png', named('con-file', 'png')],
    ['nul', named('nul-file', 'png')],
    ['.htaccess', named('htaccess', 'png')],
    ['..', named('file', 'png')],
    ['zero\u200Bwidth\u0000.png', named('zerowidth', 'png')],
    ['Фото с собрания 12.03.PNG', named('foto-s-sobraniya-12-03', 'png')],
  ]
  it.each(cases)(
    '%j is stored under a safe Latin name (Local API, access enforced)',
    async (name, expected) => {
      const doc = await u.payload.create({
        collection: 'media',
        data: u.mediaData() as never,
        file: { data: u.png, mimetype: 'image/png', name, size: u.png.length },
        user: await u.editor(),
        overrideAccess: false,
      })
      expect(doc.filename).toMatch(expected)
      expect(listing(u.imagesDir())).toContain(doc.filename)
    },
  )

  it('a very long name is cut to a bounded length', async () => {
    const doc = await u.payload.create({
      collection: 'media',
      data: u.mediaData() as never,
      file: {
        data: u.png,
        mimetype: 'image/png',
        name: `${'очень-длинное-имя-'.repeat(30)}.png`,
        size: u.png.length,
      },
      user: await u.editor(),
      overrideAccess: false,
    })
    expect(doc.filename!.length).toBeLessThanOrEqual(90)
    expect(doc.filename).toMatch(/^[a-z0-9-]+\.png$/)
  })
})

describe('a failed upload leaves nothing behind', () => {
  it('a refused replacement (invalid other field) keeps the old file and writes no new one', async () => {
    const original = await u.payload.create({
      collection: 'media',
      data: u.mediaData() as never,
      file: { data: u.png, mimetype: 'image/png', name: 'old.png', size: u.png.length },
      depth: 0,
    })
    const before = listing(u.imagesDir())
    const other = await tinyPng()
    const res = await restUpload(u.payload, 'PATCH', `/media/${original.id}`, {
      token: await u.editorToken(),
      file: part(Buffer.concat([other, Buffer.from('x')]), 'new.png', 'image/png'),
      data: { alt: '' },
    })
    expect(res.status).toBe(400)
    expect(listing(u.imagesDir())).toEqual(before)
    const kept = await u.payload.findByID({ collection: 'media', id: original.id, depth: 0 })
    expect(kept.filename).toBe(original.filename)
  })

  it('a refused document replacement (year out of range) keeps the old file (REST)', async () => {
    const original = await u.payload.create({
      collection: 'documents',
      data: u.documentData() as never,
      file: {
        data: SAMPLE_PDF,
        mimetype: 'application/pdf',
        name: 'ustav.pdf',
        size: SAMPLE_PDF.length,
      },
      depth: 0,
    })
    const before = listing(u.documentsDir())
    const res = await restUpload(u.payload, 'PATCH', `/documents/${original.id}`, {
      token: await u.editorToken(),
      file: part(SAMPLE_PDF, 'ustav-new.pdf', 'application/pdf'),
      data: { year: 1800 },
    })
    expect(res.status).toBe(400)
    expect(listing(u.documentsDir())).toEqual(before)
  })

  it('a successful replacement removes the old files and keeps no backup', async () => {
    const original = await u.payload.create({
      collection: 'media',
      data: u.mediaData() as never,
      file: { data: u.png, mimetype: 'image/png', name: 'before.png', size: u.png.length },
      depth: 0,
    })
    const res = await restUpload(u.payload, 'PATCH', `/media/${original.id}`, {
      token: await u.editorToken(),
      file: part(u.png, 'after.png', 'image/png'),
      data: { alt: 'Новый снимок' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.filename).toMatch(named('after', 'png'))
    const files = listing(u.imagesDir())
    expect(files).toContain(res.body.doc.filename)
    expect(files).not.toContain(original.filename)
    expect(listing(join(u.dataDir, 'upload-backups'))).toEqual([])
  })

  it('a truncated PNG (right signature, broken body) is a 400 and leaves nothing', async () => {
    const before = listing(u.imagesDir())
    const res = await restUpload(u.payload, 'POST', '/media', {
      token: await u.editorToken(),
      file: part(u.png.subarray(0, 60), 'broken.png', 'image/png'),
      data: u.mediaData(),
    })
    expect(res.status).toBe(400)
    expect(listing(u.imagesDir())).toEqual(before)
  })

  it('an upload for an organization outside the editor’s scope writes nothing', async () => {
    const before = listing(u.imagesDir())
    const res = await restUpload(u.payload, 'POST', '/media', {
      token: await u.editorToken(),
      file: part(u.png, 'foreign.png', 'image/png'),
      data: { alt: 'Чужое', organization: u.world.orgs.ppoB1 },
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(listing(u.imagesDir())).toEqual(before)
  })
})
