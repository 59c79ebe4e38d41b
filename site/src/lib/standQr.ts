/**
 * How the stand's QR codes are drawn: medium error correction survives a creased or stained
 * sheet; the quiet zone is the standard's four modules; SVG stays sharp at any print resolution.
 */
export const STAND_QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4 } as const

/** Set on `<html>` once every code of the sheet is drawn: the stand printer waits for it. */
export const STAND_QR_READY = 'data-stand-qr'
