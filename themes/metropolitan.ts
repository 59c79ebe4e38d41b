import { THEME_LABELS } from './ids'
import { themeSchema } from './schema'

/**
 * A regional association (МФП-like): deep civic blue with a red accent, serif headings for a
 * more formal, municipal look; the logo sits in the centre of the header band.
 */
export const metropolitanTheme = themeSchema.parse({
  id: 'metropolitan',
  label: THEME_LABELS.metropolitan,
  colors: {
    primary: '#0b2d6b',
    primaryContrast: '#ffffff',
    accent: '#b3121f',
    surface: '#ffffff',
    surfaceAlt: '#f1f3f8',
    text: '#121826',
    muted: '#4b5565',
    border: '#c9d0dc',
    link: '#0b4fb3',
    focus: '#d4351c',
  },
  type: {
    baseSize: 17,
    ratio: 1.25,
    lineHeight: 1.55,
    bodyFont: 'Golos Text',
    headingFont: 'PT Serif',
  },
  spacing: [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4],
  radii: { small: 2, medium: 4, large: 8 },
  logoPlacement: 'center',
})
