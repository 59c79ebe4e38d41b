/**
 * Font families the sites bundle from npm (@fontsource, Cyrillic + Latin subsets). A theme may
 * name only these, so every font it asks for is served from the site's own host.
 */
export const BUNDLED_FONTS = {
  'Golos Text': "'Golos Text', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  'PT Serif': "'PT Serif', Georgia, 'Times New Roman', serif",
} as const

export type BundledFont = keyof typeof BUNDLED_FONTS
export const BUNDLED_FONT_NAMES = Object.keys(BUNDLED_FONTS) as [BundledFont, ...BundledFont[]]
