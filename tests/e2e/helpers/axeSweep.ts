import { readFileSync } from 'node:fs'
import path from 'node:path'
import axe from 'axe-core'
import type { Page } from '@playwright/test'
import { WCAG_TAGS } from './axe'

/**
 * axe over many pages of one host in ONE page of the browser. Loading axe (≈0.5 MB) into every
 * page and warming up its code costs ~0.35 s of CPU each time, three times the run itself; on two
 * cores that made the ~1,500 demo pages take over ten minutes. Here axe is loaded once per host:
 * the browser opens the host's home page for real, and each page's HTML (the very bytes the
 * servers send: they serve the build output unchanged) is then written into that document with
 * document.open/write. The document is replaced, its stylesheets, fonts and images load from the
 * same origin, its inline script runs, and the window (with axe) stays. tests/e2e sample pages of
 * every type with real navigations as well (axeSample.e2e.spec.ts).
 */
export interface SweepViolation {
  url: string
  line: string
}

/** The page of `url` in the build output (`/news/` → `<host>/news/index.html`). */
export function outputFileOf(outDir: string, url: string): string {
  const { hostname, pathname } = new URL(url)
  return path.join(outDir, hostname, decodeURIComponent(pathname), 'index.html')
}

/** Opens `origin` for real and loads axe into it; the page then checks that host's pages. */
export async function openHost(page: Page, origin: string): Promise<void> {
  const response = await page.goto(origin)
  if (response?.status() !== 200) throw new Error(`${origin} answered ${response?.status()}`)
  await page.evaluate(axe.source)
}

/** Replaces the document with `html`, waits for its subresources, and runs axe on it. */
export async function sweepPage(page: Page, url: string, html: string): Promise<string[]> {
  const result = await page.evaluate(
    async ({ html, tags }) => {
      document.open()
      document.write(html)
      document.close()
      // document.open drops every listener of the window and document: poll instead of 'load'.
      while (document.readyState !== 'complete') await new Promise((r) => setTimeout(r, 2))
      await document.fonts.ready
      const axeRun = (window as unknown as { axe: typeof axe }).axe
      const results = await axeRun.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })
      return {
        title: document.title,
        violations: results.violations.flatMap((v) =>
          v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`),
        ),
      }
    },
    { html, tags: WCAG_TAGS },
  )
  // The page really was replaced: its own title, not the host's home page's.
  const expected = /<title>([^<]*)<\/title>/.exec(html)?.[1]
  if (expected !== undefined && decodeHtml(expected) !== result.title)
    throw new Error(`${url}: the written document has the title "${result.title}"`)
  return result.violations.map((line) => `${url} ${line}`)
}

const decodeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

export const readPage = (outDir: string, url: string) =>
  readFileSync(outputFileOf(outDir, url), 'utf8')
