import { z } from 'zod'
import { hexColor as hex } from '../domain/contract/primitives'
import { BUNDLED_FONT_NAMES } from './fonts'
import { themeId } from '../domain/contract/themeId'

/**
 * Colour roles. Text roles (text, muted, link, accent) are read on both surfaces; primaryContrast
 * is text on the primary band; the accent is also a button background under white text (the CMS
 * checks an org's own accent the same way). `focus` is the focus ring, drawn on a surface halo.
 */
export const themeColors = z.strictObject({
  primary: hex,
  primaryContrast: hex,
  accent: hex,
  surface: hex,
  /** Tinted background of cards and bands. */
  surfaceAlt: hex,
  text: hex,
  muted: hex,
  border: hex,
  link: hex,
  focus: hex,
})

export const themeSchema = z.strictObject({
  id: themeId,
  label: z.string().min(2),
  colors: themeColors,
  type: z.strictObject({
    /** Body text size in CSS px at the browser's default 16 px; emitted in rem to respect user settings. */
    baseSize: z.number().min(14).max(24),
    /** Modular scale ratio between heading steps. */
    ratio: z.number().min(1.05).max(1.6),
    lineHeight: z.number().min(1.2).max(2),
    bodyFont: z.enum(BUNDLED_FONT_NAMES),
    headingFont: z.enum(BUNDLED_FONT_NAMES),
  }),
  /** Spacing steps in rem, smallest first: --space-1 … --space-n. */
  spacing: z
    .array(z.number().positive())
    .min(6)
    .refine((steps) => steps.every((s, i) => i === 0 || s > steps[i - 1]!), 'ascending steps'),
  /** Corner radii in px. */
  radii: z.strictObject({
    small: z.number().min(0),
    medium: z.number().min(0),
    large: z.number().min(0),
  }),
  logoPlacement: z.enum(['left', 'center']),
})

export type Theme = z.infer<typeof themeSchema>
export type ThemeColors = z.infer<typeof themeColors>
