import { chromium, type Browser, type Page } from 'playwright-core'
import { configValue } from '../../config/index'

/**
 * The stand's print page → PDF in Debian's Chromium (Playwright `page.pdf`). The sheet's size and
 * margins come from its own CSS (`@page` in site/src/styles/print-stand.css); Chromium adds the
 * Russian page numbers in the bottom margin and embeds the subsets of the site's self-hosted
 * fonts the page used, so the PDF prints the same on any computer.
 */

/** As the e2e tests and Lighthouse start it: headless, as root in CI (no sandbox), no network chatter. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

export function launchStandBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: configValue('CHROMIUM_PATH'), args: FLAGS })
}

/** Chromium renders the footer in isolation: every style inline, a system font. */
const FOOTER = `<div style="width: 100%; margin: 0 15mm; font: 8pt 'DejaVu Sans', sans-serif; color: #333; text-align: right;">Стр. <span class="pageNumber"></span> из <span class="totalPages"></span></div>`

/** Prints the page at `url` (already routed: see standRoute.ts) to an A4 PDF. */
export async function printStandPdf(page: Page, url: string): Promise<Buffer> {
  const response = await page.goto(url, { waitUntil: 'load' })
  if (!response?.ok()) throw new Error(`stand page ${url}: HTTP ${response?.status() ?? 'none'}`)
  // Web fonts load after `load` when first used: print only once every face is in.
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: FOOTER,
    tagged: true,
    outline: false,
  })
}
