/** One page of a paginated list (our own: Astro's paginate() builds URLs from the route pattern). */
export interface PageSlice<T> {
  items: T[]
  /** 1-based. */
  number: number
  total: number
}

/** Splits a list into pages; an empty list still has page 1, which says there is nothing yet. */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
  }))
}
