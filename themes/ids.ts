import { THEME_IDS, type ThemeId } from '../domain/contract/themeId'

/** Themes of the brand book. Each id has a theme file in this folder (see themes/README.md). */
// The ids are part of the snapshot contract, so they live in domain/; themes/ adds the labels.
export { THEME_IDS, type ThemeId }

export const THEME_LABELS: Record<ThemeId, string> = {
  federation: 'Федерация (основная)',
  metropolitan: 'Региональное объединение',
  industry: 'Отраслевая (тёплая)',
}

export const DEFAULT_THEME: ThemeId = 'federation'
