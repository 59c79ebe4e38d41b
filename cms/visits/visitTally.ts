import type { CountedView } from '../../domain/visits/countView'

export interface PageCount {
  org: string
  day: string
  path: string
  views: number
  visits: number
}

export interface ReferrerCount {
  org: string
  day: string
  domain: string
  visits: number
}

/** One run's counts in memory, keyed as the collections' unique indexes are. */
export class VisitTally {
  readonly pages = new Map<string, PageCount>()
  readonly referrers = new Map<string, ReferrerCount>()

  add(org: string, view: CountedView): void {
    const key = `${org}\t${view.day}\t${view.path}`
    const page = this.pages.get(key) ?? { org, day: view.day, path: view.path, views: 0, visits: 0 }
    page.views += 1
    if (view.visit) page.visits += 1
    this.pages.set(key, page)
    if (!view.from) return
    const ref = `${org}\t${view.day}\t${view.from}`
    const referrer = this.referrers.get(ref) ?? { org, day: view.day, domain: view.from, visits: 0 }
    referrer.visits += 1
    this.referrers.set(ref, referrer)
  }
}
