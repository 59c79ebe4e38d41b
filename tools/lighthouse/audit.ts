import lighthouse, { desktopConfig } from 'lighthouse'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

/** The bar of the sites issue: 100 everywhere except performance, which needs 95. */
export const TARGET: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
}

export interface AuditResult {
  url: string
  /** 0–100 per category. */
  scores: Record<Category, number>
  /** Audits that cost points in a category below its target: `id (score): title`. */
  misses: string[]
}

/**
 * One Lighthouse run (navigation) on `url` through the Chromium at `port`. Mobile emulation with
 * simulated throttling by default, Lighthouse's own default and the stricter of its presets.
 */
export async function auditPage(url: string, port: number, desktop = false): Promise<AuditResult> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    desktop ? desktopConfig : undefined,
  )
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
  const scores = {} as Record<Category, number>
  const misses: string[] = []
  for (const id of CATEGORIES) {
    const category = lhr.categories[id]
    const score = Math.round((category?.score ?? 0) * 100)
    scores[id] = score
    if (score >= TARGET[id]) continue
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue
      const value = audit.displayValue ? ` ${audit.displayValue}` : ''
      misses.push(`${id}: ${ref.id} (${Math.round(audit.score * 100)})${value} — ${audit.title}`)
    }
  }
  return { url, scores, misses }
}
