import { z } from 'zod'

/**
 * Themes of the brand book: an org picks one on import and in the CMS, the snapshot names it,
 * and themes/ has a file for each (see themes/README.md).
 */
export const THEME_IDS = ['federation', 'metropolitan', 'industry'] as const
export type ThemeId = (typeof THEME_IDS)[number]
export const themeId = z.enum(THEME_IDS)
