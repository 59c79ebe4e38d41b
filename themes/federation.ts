import { THEME_LABELS } from './ids'
import { themeSchema } from './schema'

/** The federation's default: navy and state red on white, Golos Text throughout. */
export const federationTheme = themeSchema.parse({
  id: 'federation',
  label: THEME_LABELS.federation,
  colors: {
    primary: '#163a70',
    primaryContrast: '#ffffff',
    accent: '#b4232a',
    surface: '#ffffff',
    surfaceAlt: '#eef2f7',
    text: '#1a1f29',
    muted: '#4d5666',
    border: '#c5cdd8',
    link: '#1456b8',
    focus: '#c2410c',
  },
  type: {
    baseSize: 17,
    ratio: 1.2,
    lineHeight: 1.55,
    bodyFont: 'Golos Text',
    headingFont: 'Golos Text',
  },
  spacing: [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4],
  radii: { small: 4, medium: 8, large: 16 },
  logoPlacement: 'left',
})
