import { contrastRatio, parseHex, AA_NORMAL_TEXT } from '../domain/text/color'
import { BUNDLED_FONTS } from './fonts'
import type { Theme, ThemeColors } from './schema'

/** Text on an accent background (buttons, badges) is always white: the CMS checks the accent against it. */
export const ACCENT_CONTRAST = '#ffffff'

/** Type scale steps relative to the base size: negative steps are smaller text. */
const TYPE_STEPS = { sm: -1, lg: 1, xl: 2, '2xl': 3, '3xl': 4 } as const

const BROWSER_DEFAULT_PX = 16

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

function rem(value: number): string {
  return `${Math.round(value * 1000) / 1000}rem`
}

/**
 * An org's accent colour replaces the theme's only if it reads as text on both surfaces and
 * carries white text; the CMS refuses worse colours at save, so this only guards stale data.
 */
export function accentFits(theme: Theme, accent: string): boolean {
  const rgb = parseHex(accent)
  if (!rgb) return false
  return [theme.colors.surface, theme.colors.surfaceAlt, ACCENT_CONTRAST].every(
    (bg) => contrastRatio(rgb, parseHex(bg)!) >= AA_NORMAL_TEXT,
  )
}

/** The theme's colours with the org's accent applied when it fits. */
export function resolveColors(theme: Theme, accent?: string): ThemeColors {
  return accent && accentFits(theme, accent) ? { ...theme.colors, accent } : theme.colors
}

/**
 * CSS custom properties for one site, as a `style` attribute value for <html>. Every site shares
 * the same CSS files, which read only these variables.
 */
export function toCssVariables(theme: Theme, accent?: string): string {
  const vars: [string, string][] = []
  for (const [role, value] of Object.entries(resolveColors(theme, accent))) {
    vars.push([`color-${kebab(role)}`, value])
  }
  vars.push(['color-accent-contrast', ACCENT_CONTRAST])
  const { baseSize, ratio, lineHeight, bodyFont, headingFont } = theme.type
  const base = baseSize / BROWSER_DEFAULT_PX
  vars.push(['font-body', BUNDLED_FONTS[bodyFont]], ['font-heading', BUNDLED_FONTS[headingFont]])
  vars.push(['text-base', rem(base)], ['leading', String(lineHeight)])
  for (const [name, step] of Object.entries(TYPE_STEPS)) {
    vars.push([`text-${name}`, rem(base * ratio ** step)])
  }
  theme.spacing.forEach((step, i) => vars.push([`space-${i + 1}`, rem(step)]))
  for (const [name, px] of Object.entries(theme.radii)) vars.push([`radius-${name}`, `${px}px`])
  return vars.map(([name, value]) => `--${name}:${value}`).join(';')
}
