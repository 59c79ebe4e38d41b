import { toString as qrSvg } from 'qrcode'
import { STAND_QR_OPTIONS, STAND_QR_READY } from '../lib/standQr'

/**
 * Draws the stand's QR codes in the browser that prints the sheet (the stand printer's Chromium,
 * or a reader's), from the item URLs the page carries. Not at build time: a federation item
 * re-renders the stand of every site below it, and eight to twenty codes a site at 0.7 ms each
 * would add a minute of a core to a fan-out over 10,000 sites; here they cost the printer
 * milliseconds beside its half-second PDF. Self-hosted and same-origin: no service is asked.
 */
async function drawCodes() {
  const boxes = [...document.querySelectorAll<HTMLElement>('[data-qr]')]
  await Promise.all(
    boxes.map(async (box) => {
      box.innerHTML = await qrSvg(box.dataset.qr!, STAND_QR_OPTIONS)
    }),
  )
  document.documentElement.setAttribute(STAND_QR_READY, 'ready')
}

void drawCodes().catch(() => document.documentElement.setAttribute(STAND_QR_READY, 'failed'))
