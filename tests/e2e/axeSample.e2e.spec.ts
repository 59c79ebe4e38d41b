import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { httpGet } from '../serve/helpers/httpGet'
import { axeViolations } from './helpers/axe'
import { openHost, outputFileOf, readPage, sweepPage } from './helpers/axeSweep'
import { demo, demoPageUrls } from './helpers/demo'

/**
 * What the fast sweep (axeAllPages) rests on: the server sends every page as built, the sweep
 * does find violations, and real navigations to a page of every type agree with it.
 */
const SAMPLE: [host: string, path: string][] = [
  ['localhost', '/'],
  ['mfp.localhost', '/news/'],
  ['mfp.localhost', '/news/page/2/'],
  ['mfp.localhost', '/o-nas/'],
  ['shkola-1234.localhost', '/documents/'],
  ['shkola-1234.localhost', '/contacts/'],
  ['shkola-1234.localhost', '/structure/'],
  ['shkola-1234.localhost', '/404/'],
  ['obr-moskva.localhost', '/org/shkola-1567/'],
]

test('the preview server sends every demo page byte for byte as built', async () => {
  const urls = demoPageUrls()
  const wrong: string[] = []
  for (const url of urls) {
    const { host, pathname } = new URL(url)
    const answer = await httpGet(demo.port(), host, pathname)
    const built = readFileSync(outputFileOf(demo.outDir(), url))
    if (answer.status !== 200 || !answer.body.equals(built)) wrong.push(`${url}: ${answer.status}`)
  }
  expect(wrong).toEqual([])
})

test('the sweep reports violations written into a page', async ({ page }) => {
  const url = demo.url('mfp.localhost', '/contacts/')
  const broken = readPage(demo.outDir(), url).replace(
    '<main id="main">',
    '<main id="main"><img src="/media/none.png"><p style="color:#bbb;background:#fff">Бледно</p>',
  )
  await openHost(page, new URL(url).origin)
  const found = await sweepPage(page, url, broken)
  expect(found.map((line) => line.split(' ')[1])).toEqual(['color-contrast', 'image-alt'])
  expect(await sweepPage(page, url, readPage(demo.outDir(), url))).toEqual([])
})

test('real navigations to a page of every type have no axe violations either', async ({ page }) => {
  const violations: string[] = []
  for (const [host, path] of SAMPLE) {
    const response = await page.goto(demo.url(host, path))
    expect(response?.status(), `${host}${path}`).toBe(200)
    violations.push(...(await axeViolations(page)))
  }
  expect(violations).toEqual([])
})
