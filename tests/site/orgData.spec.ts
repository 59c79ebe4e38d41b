import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAstroBuild } from '../../publishing/render/astroBuild'
import { parseSnapshot } from '../../domain/contract/snapshot'
import { toSiteData } from '../../site/src/data/site'
import { siteInputs } from '../../site/src/data/pageInputs'
import { fixtureJson, snapshotProblems, SNAPSHOT_DIR } from './fixtures'

/**
 * Issue 15, org data: the documents from above on a ППО's Документы page, the chair's card on the
 * home page, the leadership on contacts and the messengers beside the social networks. The
 * fixture ППО gets them in a copy of the fixture snapshots, built once for this file.
 */
const photo = {
  url: '/media/images/chair.jpg',
  alt: '',
  width: 1200,
  height: 1500,
  mimeType: 'image/jpeg',
  sizes: [
    {
      name: 'thumbnail',
      url: '/media/images/chair-400x500.jpg',
      width: 400,
      height: 500,
      mimeType: 'image/jpeg',
    },
  ],
}
const leadership = {
  chairperson: {
    name: 'Пётр Ильич Горбунов',
    position: 'Председатель профкома',
    photo,
    receptionHours: 'вторник, четверг 15:00–17:00',
    phone: '+7 (38456) 2-14-56',
    email: 'chair@zarechnaya.demo',
  },
  electedBody: {
    title: 'Профсоюзный комитет',
    members: [
      { name: 'Пётр Ильич Горбунов', role: 'председатель' },
      { name: 'Анна Сергеевна Лыкова', role: 'казначей' },
    ],
  },
}
const upperDoc = (id: string, title: string, org: 'fnpr' | 'ugleprof', docType: string) => ({
  id,
  title,
  docType,
  year: 2025,
  url: `/media/documents/${id}.pdf`,
  filename: `${id}.pdf`,
  mimeType: 'application/pdf',
  filesize: 245760,
  origin:
    org === 'fnpr'
      ? {
          orgId: 'org-fnpr',
          orgName: 'Федерация независимых профсоюзов России',
          orgShortName: 'ФНПР',
          kind: 'federation',
          documentsUrl: 'http://localhost:4321/documents/',
        }
      : {
          orgId: 'org-ugleprof',
          orgName: 'Российский независимый профсоюз работников угольной промышленности',
          orgShortName: 'Росуглепроф',
          kind: 'union',
          documentsUrl: 'http://ugleprof.localhost:4321/documents/',
        },
})
const upperDocuments = [
  upperDoc('fnpr-ustav', 'Устав ФНПР', 'fnpr', 'charter'),
  upperDoc(
    'ugol-soglashenie',
    'Отраслевое соглашение по угольной промышленности',
    'ugleprof',
    'other',
  ),
]
const messengers = {
  max: 'https://max.ru/join/zarechnaya',
  telegramChat: 'https://t.me/+ZarechnayaChat',
}

function withOrgData() {
  const json = fixtureJson('ppo-zarechnaya')
  json.org.leadership = leadership
  json.org.social = { ...json.org.social, ...messengers }
  json.upperDocuments = structuredClone(upperDocuments)
  return json
}

let snapshots = ''
let out = ''
const read = (file: string) => readFileSync(path.join(out, file), 'utf8')
const mainOf = (html: string) => html.split('<main')[1] ?? ''

beforeAll(async () => {
  snapshots = mkdtempSync(path.join(tmpdir(), 'union-sites-orgdata-snapshots-'))
  out = mkdtempSync(path.join(tmpdir(), 'union-sites-orgdata-build-'))
  cpSync(SNAPSHOT_DIR, snapshots, { recursive: true })
  writeFileSync(path.join(snapshots, 'ppo-zarechnaya.json'), JSON.stringify(withOrgData()))
  const build = await runAstroBuild({ snapshots, out })
  if (!build.ok) throw new Error(`astro build failed:\n${build.log.slice(-3000)}`)
}, 180_000)
afterAll(() => {
  rmSync(snapshots, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
})

describe('the snapshot contract', () => {
  it('accepts leadership, messengers and documents from above; old snapshots stay valid', () => {
    expect(snapshotProblems(withOrgData())).toBe('')
    expect(snapshotProblems(fixtureJson('ppo-zarechnaya'))).toBe('')
  })

  it('refuses a document from above without its provenance', () => {
    const json = withOrgData()
    delete json.upperDocuments[0].origin
    expect(snapshotProblems(json)).toMatch(/origin/)
  })

  it('the Документы page’s key covers the documents from above', () => {
    const keyOf = (json: unknown) =>
      siteInputs(toSiteData(parseSnapshot(json, 'x.json'), 'x.json')).documents
    const json = withOrgData()
    const before = keyOf(json)
    json.upperDocuments[0].title = 'Устав ФНПР (новая редакция)'
    expect(keyOf(json)).not.toBe(before)
  })
})

describe('the Документы page', () => {
  it('shows own documents, then «Документы вышестоящих организаций» by origin, federation first', () => {
    const html = mainOf(read('zarechnaya.localhost/documents/index.html'))
    const own = html.indexOf('Коллективный договор шахты «Заречная»')
    const section = html.indexOf('<h2 id="upper-documents">Документы вышестоящих организаций</h2>')
    const fnpr = html.indexOf('>Федерация независимых профсоюзов России</h3>')
    const union = html.indexOf(
      '>Российский независимый профсоюз работников угольной промышленности</h3>',
    )
    expect(own).toBeGreaterThan(0)
    expect(section).toBeGreaterThan(own)
    expect(fnpr).toBeGreaterThan(section)
    expect(union).toBeGreaterThan(fnpr)
  })

  it('gives each its type, year, size and «Источник» linking to the origin’s documents', () => {
    const html = mainOf(read('zarechnaya.localhost/documents/index.html'))
    const item = /<li>(?:(?!<\/li>).)*Устав ФНПР(?:(?!<\/li>).)*<\/li>/s.exec(html)?.[0] ?? ''
    expect(item).toContain('href="/media/documents/fnpr-ustav.pdf"')
    expect(item).toMatch(/Устав,\s*2025,\s*PDF,\s*240/)
    expect(item).toMatch(
      /Источник:\s*<a href="http:\/\/localhost:4321\/documents\/">Федерация независимых профсоюзов России<\/a>/,
    )
  })

  it('a site without documents from above has no such section', () => {
    expect(read('ugleprof.localhost/documents/index.html')).not.toContain('upper-documents')
  })
})

describe('the leadership', () => {
  it('the home page aside shows the chair’s card: photo in upload sizes, name, position, hours, contact', () => {
    const html = mainOf(read('zarechnaya.localhost/index.html'))
    const card = /<section class="panel home-leader"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? ''
    expect(card).toContain('Руководитель')
    expect(card).toContain('Пётр Ильич Горбунов')
    expect(card).toContain('Председатель профкома')
    expect(card).toContain('вторник, четверг 15:00–17:00')
    expect(card).toContain('href="tel:+73845621456"')
    expect(card).toContain('href="mailto:chair@zarechnaya.demo"')
    const img = /<img[^>]*>/.exec(card)?.[0] ?? ''
    expect(img).toContain('/media/images/chair-400x500.jpg 400w')
    expect(img).toMatch(/width="\d+"/)
    expect(img).toContain('loading="lazy"')
  })

  it('the contacts page shows the chair and the elected body', () => {
    const html = mainOf(read('zarechnaya.localhost/contacts/index.html'))
    const section = /<section class="panel leadership"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? ''
    expect(section).toContain('Руководство')
    expect(section).toContain('Пётр Ильич Горбунов')
    expect(section).toContain('Профсоюзный комитет')
    expect(section).toMatch(/Анна Сергеевна Лыкова\s*<span class="meta">, казначей<\/span>/)
  })

  it('an org without leadership shows no card', () => {
    expect(read('ugleprof.localhost/index.html')).not.toContain('home-leader')
  })
})

describe('messengers', () => {
  it('«Мессенджеры» beside «Мы в социальных сетях», each channel linked and labelled', () => {
    for (const page of [
      'zarechnaya.localhost/index.html',
      'zarechnaya.localhost/contacts/index.html',
    ]) {
      const html = mainOf(read(page))
      const networks = html.indexOf('Мы в социальных сетях')
      const chats = html.indexOf('>Мессенджеры</h2>')
      expect(networks, page).toBeGreaterThan(0)
      expect(chats, page).toBeGreaterThan(networks)
      expect(html).toContain('<a href="https://max.ru/join/zarechnaya">MAX</a>')
      expect(html).toContain('<a href="https://t.me/+ZarechnayaChat">Чат в Telegram</a>')
    }
  })
})
