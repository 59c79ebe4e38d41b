import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM_FLAGS, chromiumPath } from '../../config/chromium'
import { STAND_QR_READY } from '../../site/src/lib/standQr'

/**
 * The stand's print page → PDF in Debian's Chromium (Playwright `page.pdf`). The sheet's size and
 * margins come from its own CSS (`@page` in site/src/styles/print-stand.css); Chromium adds the
 * Russian page numbers in the bottom margin and embeds the subsets of the site's self-hosted
 * fonts the page used, so the PDF prints the same on any computer.
 */

export function launchStandBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
}

/** Chromium renders the footer in isolation: every style inline, a system font. */
const FOOTER = `<div style="width: 100%; margin: 0 15mm; font: 8pt 'DejaVu Sans', sans-serif; color: #333; text-align: right;">Стр. <span class="pageNumber"></span> из <span class="totalPages"></span></div>`

/** Prints the page at `url` (already routed: see standRoute.ts) to an A4 PDF. */
export async function printStandPdf(page: Page, url: string): Promise<Buffer> {
  const response = await page.goto(url, { waitUntil: 'load' })
  if (!response?.ok()) throw new Error(`stand page ${url}: HTTP ${response?.status() ?? 'none'}`)
  // Web fonts load after `load` when first used: print only once every face is in.
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // The QR codes are drawn by the page's own script (site/src/scripts/standQr.ts).
  if ((await page.locator('[data-qr]').count()) > 0) {
    const drawn = await page.waitForSelector(`html[${STAND_QR_READY}]`, { timeout: 15_000 })
    if ((await drawn.getAttribute(STAND_QR_READY)) !== 'ready')
      throw new Error(`stand page ${url}: the QR codes could not be drawn`)
  }
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
