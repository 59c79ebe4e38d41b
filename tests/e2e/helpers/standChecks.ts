import type { Page } from '@playwright/test'
import jsQR from 'jsqr'
import { extractText, getDocumentProxy } from 'unpdf'

/** The stand's reading aids for the e2e spec: the PDF's text and pages, QR codes, overflow. */

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Text (unpdf, pdf.js) and page sizes in points of a PDF. */
export async function readPdf(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text, totalPages } = await extractText(pdf, { mergePages: true })
  const sizes: { width: number; height: number }[] = []
  for (let n = 1; n <= totalPages; n++) {
    const { width, height } = (await pdf.getPage(n)).getViewport({ scale: 1 })
    sizes.push({ width: Math.round(width), height: Math.round(height) })
  }
  return { text: squash(text), totalPages, sizes, raw: bytes.toString('latin1') }
}

/**
 * Decodes a PNG screenshot's QR code with jsQR. The pixels come from a canvas in a blank page
 * (no CSP there), so no PNG decoder needs installing.
 */
export async function decodeQr(blank: Page, png: Buffer): Promise<string | null> {
  const image = await blank.evaluate(async (base64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${base64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(img, 0, 0)
    const data = context.getImageData(0, 0, canvas.width, canvas.height)
    return { data: Array.from(data.data), width: data.width, height: data.height }
  }, png.toString('base64'))
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null
}

/** A4's printable width at print.css's 15 mm side margins, in CSS pixels (96 per inch). */
export const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96)

/**
 * Everything on the print page that runs past the printable width: elements whose box ends
 * beyond it and items whose content is wider than their box (scrollWidth > clientWidth).
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const found: string[] = []
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}`
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0) continue
      if (rect.right > width + 0.5 || rect.left < -0.5)
        found.push(`${name(el)} ${rect.left}–${rect.right} > ${width}`)
    }
    for (const el of Array.from(
      document.querySelectorAll('.stand-item, .stand-item-text, .stand-foot'),
    )) {
      if (el.scrollWidth > el.clientWidth)
        found.push(`${name(el)} scrolls ${el.scrollWidth} > ${el.clientWidth}`)
    }
    return found
  })
}
