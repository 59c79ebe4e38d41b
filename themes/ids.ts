/** Themes of the brand book. Each id has a theme file in this folder (see themes/README.md). */
export const THEME_IDS = ['federation', 'metropolitan', 'industry'] as const
export type ThemeId = (typeof THEME_IDS)[number]

export const THEME_LABELS: Record<ThemeId, string> = {
  federation: 'Федерация (основная)',
  metropolitan: 'Региональное объединение',
  industry: 'Отраслевая (тёплая)',
}

export const DEFAULT_THEME: ThemeId = 'federation'
