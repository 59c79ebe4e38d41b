import type { NavItem, Page } from '../../../domain/contract/snapshot'
import { eventPaths, EVENT_UI } from './eventPaths'

/** One step of the breadcrumbs; the current page has no href. */
export interface Crumb {
  title: string
  href?: string | undefined
}

/** The chain of menu items from the top level down to the item at `path` (empty if absent). */
export function menuTrail(items: readonly NavItem[], path: string): NavItem[] {
  for (const item of items) {
    if (item.path === path) return [item]
    const below = menuTrail(item.children, path)
    if (below.length > 0) return [item, ...below]
  }
  return []
}

/** Ancestor pages of a page, top first, following `parent` slugs (pages hidden from the menu too). */
export function pageAncestors(pages: readonly Page[], page: Page): Page[] {
  const bySlug = new Map(pages.map((p) => [p.slug, p]))
  const chain: Page[] = []
  let parent = page.parent === null ? undefined : bySlug.get(page.parent)
  while (parent && !chain.includes(parent)) {
    chain.unshift(parent)
    parent = parent.parent === null ? undefined : bySlug.get(parent.parent)
  }
  return chain
}

/** Is `path` the current page or inside it (for aria-current on menu items)? */
export function isWithin(current: string, path: string): boolean {
  return path !== '/' && current.startsWith(path)
}

/** «Анонсы» in the main menu, after the news, on a site that shows events. */
export function eventsMenuItems(events: readonly unknown[]): { title: string; path: string }[] {
  return events.length > 0 ? [{ title: EVENT_UI.events, path: eventPaths.list }] : []
}
