import { countOf, plural } from '../text/plural'

export interface ReachCounts {
  /** Sites below that will show the item. */
  total: number
  /** Of them, by level (org kind → count). */
  byKind: Readonly<Record<string, number>>
  /** Of them, the orgs that show items from above only after their editor's review. */
  heldForReview: number
}

const KIND_FORMS: Record<string, readonly [string, string, string]> = {
  union: ['профсоюз', 'профсоюза', 'профсоюзов'],
  territorial_association: ['ТООП', 'ТООП', 'ТООП'],
  territorial_org: [
    'территориальная организация',
    'территориальные организации',
    'территориальных организаций',
  ],
  primary_org: ['ППО', 'ППО', 'ППО'],
}

/**
 * «Кто получит материал» in one sentence: how many sites below, by level, and what review means
 * for this item. A mandatory item skips the review of the orgs that have one, and the sentence
 * says so instead of promising a check that will not happen.
 */
export function reachSummary(counts: ReachCounts, mandatory: boolean): string {
  if (counts.total === 0) return 'Только сайт вашей организации.'
  const levels = Object.entries(counts.byKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => (KIND_FORMS[kind] ? countOf(n, KIND_FORMS[kind]) : `${kind}: ${n}`))
  const sites = `Сайт вашей организации и ${countOf(counts.total, ['сайт', 'сайта', 'сайтов'])} ниже: ${levels.join(', ')}.`
  if (counts.heldForReview === 0) return sites
  const held = counts.heldForReview
  return mandatory
    ? `${sites} Материал обязательный: он появится сразу и у ${countOf(held, ['организации', 'организаций', 'организаций'])}, где материалы сверху обычно проверяет редактор.`
    : `${sites} ${countOf(held, ['организация', 'организации', 'организаций'])} из них ${plural(held, ['покажет', 'покажут', 'покажут'])} его после проверки своим редактором.`
}
