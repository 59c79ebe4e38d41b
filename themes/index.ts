import { federationTheme } from './federation'
import { DEFAULT_THEME, type ThemeId } from './ids'
import { industryTheme } from './industry'
import { metropolitanTheme } from './metropolitan'
import type { Theme } from './schema'

/** Every theme by id; `satisfies` makes a missing theme file a type error. */
export const THEMES = {
  federation: federationTheme,
  metropolitan: metropolitanTheme,
  industry: industryTheme,
} satisfies Record<ThemeId, Theme>

export function getTheme(id: ThemeId | undefined): Theme {
  return THEMES[id ?? DEFAULT_THEME]
}
