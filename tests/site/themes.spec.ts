import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio, parseHex } from '../../domain/text/color'
import { BUNDLED_FONTS } from '../../themes/fonts'
import { THEME_IDS, THEME_LABELS } from '../../themes/ids'
import { THEMES } from '../../themes/index'
import { themeSchema, type ThemeColors } from '../../themes/schema'
import { ACCENT_CONTRAST } from '../../themes/toCssVariables'

const themes = Object.values(THEMES)

function ratio(a: string, b: string): number {
  return contrastRatio(parseHex(a)!, parseHex(b)!)
}

/** Text colour on background colour: every pair the site's CSS actually draws. */
const TEXT_PAIRS: [keyof ThemeColors | 'white', keyof ThemeColors][] = [
  ['text', 'surface'],
  ['text', 'surfaceAlt'],
  ['muted', 'surface'],
  ['muted', 'surfaceAlt'],
  ['link', 'surface'],
  ['link', 'surfaceAlt'],
  ['accent', 'surface'],
  ['accent', 'surfaceAlt'],
  ['white', 'accent'],
  ['primaryContrast', 'primary'],
  ['primary', 'surface'],
]

describe('themes', () => {
  it('has one valid theme file per theme id, labelled as in ids.ts', () => {
    expect(Object.keys(THEMES).sort()).toEqual([...THEME_IDS].sort())
    for (const [id, theme] of Object.entries(THEMES)) {
      expect(themeSchema.parse(theme)).toEqual(theme)
      expect(theme.id).toBe(id)
      expect(theme.label).toBe(THEME_LABELS[theme.id])
    }
  })

  it.each(themes.map((t) => [t.id, t] as const))(
    '%s: every text/background pair meets WCAG AA (4.5:1)',
    (_id, theme) => {
      const colour = (role: keyof ThemeColors | 'white') =>
        role === 'white' ? ACCENT_CONTRAST : theme.colors[role]
      for (const [fg, bg] of TEXT_PAIRS) {
        expect(ratio(colour(fg), colour(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5)
      }
    },
  )

  it.each(themes.map((t) => [t.id, t] as const))(
    '%s: the focus ring has 3:1 against the surface halo it is drawn on',
    (_id, theme) => {
      expect(ratio(theme.colors.focus, theme.colors.surface)).toBeGreaterThanOrEqual(3)
    },
  )

  it('names only fonts that the layout bundles', () => {
    const layout = readFileSync(
      new URL('../../site/src/layouts/BaseLayout.astro', import.meta.url),
      'utf8',
    )
    const used = new Set(themes.flatMap((t) => [t.type.bodyFont, t.type.headingFont]))
    for (const font of used) {
      expect(Object.keys(BUNDLED_FONTS)).toContain(font)
      const pkg = font.toLowerCase().replace(/ /g, '-')
      expect(layout, `${font} imported from @fontsource/${pkg}`).toContain(
        `@fontsource/${pkg}/cyrillic-`,
      )
    }
  })

  it('refuses a theme that uses a font the site does not bundle', () => {
    const theme = {
      ...THEMES.federation,
      type: { ...THEMES.federation.type, bodyFont: 'Comic Sans' },
    }
    expect(themeSchema.safeParse(theme).success).toBe(false)
  })
})
