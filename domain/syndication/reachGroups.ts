/**
 * «Кто получит материал», grouped by where the receivers sit (issue 19): a federation-wide item
 * reaches hundreds of sites, and a flat list of names shows only its first few. Each receiver is
 * counted under its parent organization; the largest groups first, then by name.
 */
export interface ReachGroup {
  /** The parent organization's name; «Без вышестоящей» for a receiver at the top. */
  parent: string
  count: number
}

export const NO_PARENT = 'Без вышестоящей'

export function groupByParent(
  receivers: readonly { parentName: string | null }[],
  limit = 20,
): ReachGroup[] {
  const counts = new Map<string, number>()
  for (const { parentName } of receivers) {
    const parent = parentName?.trim() || NO_PARENT
    counts.set(parent, (counts.get(parent) ?? 0) + 1)
  }
  return [...counts]
    .map(([parent, count]) => ({ parent, count }))
    .sort((a, b) => b.count - a.count || a.parent.localeCompare(b.parent, 'ru'))
    .slice(0, limit)
}
