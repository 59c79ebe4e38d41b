import { THEME_LABELS } from './ids'
import { themeSchema } from './schema'

/** Industry unions (coal, metal, building): graphite band, terracotta accent on warm white. */
export const industryTheme = themeSchema.parse({
  id: 'industry',
  label: THEME_LABELS.industry,
  colors: {
    primary: '#33383d',
    primaryContrast: '#fffaf5',
    accent: '#a3431f',
    surface: '#fffaf5',
    surfaceAlt: '#f5ece3',
    text: '#24201d',
    muted: '#5a514a',
    border: '#d8ccc0',
    link: '#9a3b19',
    focus: '#1f5fa8',
  },
  type: {
    baseSize: 17,
    ratio: 1.2,
    lineHeight: 1.6,
    bodyFont: 'Golos Text',
    headingFont: 'Golos Text',
  },
  spacing: [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4],
  radii: { small: 6, medium: 10, large: 18 },
  logoPlacement: 'left',
})
