import { describe, expect, it } from 'vitest'
import { judgeUpload } from '../../cms/uploads/judgeUpload'
import { safeUploadName, UPLOAD_NAME_MAX_LENGTH } from '../../cms/uploads/safeUploadName'
import { uploadFileNames } from '../../cms/uploads/uploadFileNames'
import { DOCUMENT_POLICY, IMAGE_POLICY, mimeTypesOf } from '../../cms/uploads/uploadPolicy'
import { DOCUMENT_MIME_TYPES } from '../../domain/contentTypes'

describe('safeUploadName', () => {
  it.each([
    ['x.html', 'png', 'x.png'],
    ['x.php.png', 'png', 'x-php.png'],
    ['photo.PNG', 'png', 'photo.png'],
    ['Устав профсоюза.pdf', 'pdf', 'ustav-profsoyuza.pdf'],
    ['«Школа № 5» отчёт.docx', 'docx', 'shkola-5-otchet.docx'],
    ['invoice\u202Egnp.html', 'png', 'invoicegnp.png'],
    ['a\u200B\u200Db\uFEFF.jpg', 'jpg', 'ab.jpg'],
    ['tab\there\u0007.png', 'png', 'tabhere.png'],
    ['../../etc/passwd', 'png', 'passwd.png'],
    ['..\\..\\boot.ini', 'png', 'boot.png'],
    ['C:\\Users\\me\\x.png', 'png', 'x.png'],
    ['.htaccess', 'png', 'htaccess.png'],
    ['..', 'png', 'file.png'],
    ['.', 'png', 'file.png'],
    ['', 'png', 'file.png'],
    ['№.png', 'png', 'file.png'],
    ['CON.png', 'png', 'con-file.png'],
    ['nul', 'png', 'nul-file.png'],
    ['Com1.txt', 'pdf', 'com1-file.pdf'],
    ['lpt9', 'pdf', 'lpt9-file.pdf'],
    ['x.png.', 'png', 'x-png.png'],
  ])('%j → %s', (name, ext, expected) => {
    expect(safeUploadName(name, ext)).toBe(expected)
  })

  it('bounds the length and keeps only [a-z0-9-] before the one extension', () => {
    const name = safeUploadName(`${'Очень длинное имя файла '.repeat(40)}.jpeg`, 'jpg')
    expect(name.length).toBeLessThanOrEqual(UPLOAD_NAME_MAX_LENGTH + 4)
    expect(name).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.jpg$/)
  })
})

describe('judgeUpload', () => {
  it('accepts the policy’s types and names their one extension', () => {
    expect(judgeUpload(IMAGE_POLICY, 'image/jpeg', 10)).toEqual({
      ok: true,
      mime: 'image/jpeg',
      ext: 'jpg',
    })
    expect(judgeUpload(DOCUMENT_POLICY, 'application/pdf', 10)).toMatchObject({ ext: 'pdf' })
  })

  it.each([
    ['images', IMAGE_POLICY, undefined],
    ['images', IMAGE_POLICY, 'image/svg+xml'],
    ['images', IMAGE_POLICY, 'application/pdf'],
    ['images', IMAGE_POLICY, 'image/gif'],
    ['documents', DOCUMENT_POLICY, 'image/png'],
    ['documents', DOCUMENT_POLICY, 'application/zip'],
    ['documents', DOCUMENT_POLICY, 'application/x-cfb'],
  ])('%s refuse %s with a Russian 400', (_, policy, mime) => {
    const verdict = judgeUpload(policy, mime, 10)
    expect(verdict).toMatchObject({ ok: false, status: 400 })
    expect(!verdict.ok && verdict.message).toMatch(/^Такой файл загрузить нельзя: допустимы только/)
  })

  it('refuses a file over the limit with 413, whatever its type', () => {
    expect(judgeUpload(IMAGE_POLICY, 'image/png', IMAGE_POLICY.maxBytes)).toMatchObject({
      ok: true,
    })
    const verdict = judgeUpload(IMAGE_POLICY, 'image/png', IMAGE_POLICY.maxBytes + 1)
    expect(verdict).toMatchObject({ ok: false, status: 413 })
    expect(!verdict.ok && verdict.message).toBe('Файл слишком большой: допустимо не больше 20 МБ.')
  })
})

describe('upload policies', () => {
  it('documents accept exactly the import format’s types; no policy accepts a text format', () => {
    expect(mimeTypesOf(DOCUMENT_POLICY)).toEqual([...DOCUMENT_MIME_TYPES])
    for (const policy of [IMAGE_POLICY, DOCUMENT_POLICY]) {
      expect(
        mimeTypesOf(policy).filter((m) => /^text\/|\+xml$|svg|html|javascript/.test(m)),
      ).toEqual([])
    }
  })

  it('uploadFileNames lists the file and its image sizes', () => {
    expect(
      uploadFileNames({
        filename: 'a.png',
        sizes: { card: { filename: 'a-800x450.webp' }, wide: { filename: null } },
      }),
    ).toEqual(['a.png', 'a-800x450.webp'])
    expect(uploadFileNames(undefined)).toEqual([])
  })
})
