/** WCAG 2.1 colour arithmetic for the brand accent colour check. */
import { HEX_COLOR } from '../contract/primitives'

export type Rgb = readonly [number, number, number]

export function parseHex(hex: string): Rgb | null {
  if (!HEX_COLOR.test(hex)) return null
  let digits = hex.slice(1)
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('')
  const n = Number.parseInt(digits, 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function channel(c: number): number {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (hi + 0.05) / (lo + 0.05)
}

/** AA for normal text. The accent is used for link text on white and as a button background with white text. */
export const AA_NORMAL_TEXT = 4.5

export function accentPassesAA(hex: string): { ok: boolean; ratio: number } {
  const rgb = parseHex(hex)
  if (!rgb) return { ok: false, ratio: 0 }
  const ratio = contrastRatio(rgb, [255, 255, 255])
  return { ok: ratio >= AA_NORMAL_TEXT, ratio: Math.round(ratio * 100) / 100 }
}
