import type { OrgId } from '../org/orgGraph'

/** Another rubric that already has the slug asked for. */
export interface RubricWithSlug {
  title: string
  /** Its owner; null for a rubric shared by the network. */
  org: OrgId | null
  /** The owner's name, for the message. */
  orgName?: string
}

/**
 * Why a rubric of `org` (null: shared by the network) may not take `slug` that `others` already
 * have, or null when it may. A site lists the shared rubrics and its own org's side by side, each
 * at /news/rubric/<slug>/, so a slug is unique within an org, among the shared rubrics, and
 * between a shared rubric and any org's: two orgs' rubrics may share one (their sites differ).
 * The message is the field's error in the admin, in Russian.
 */
export function rubricSlugClash(
  slug: string,
  org: OrgId | null,
  others: readonly RubricWithSlug[],
): string | null {
  const same = (o: OrgId | null) => o !== null && org !== null && String(o) === String(org)
  const own = others.find((o) => same(o.org))
  if (own)
    return `У этой организации уже есть рубрика с адресом «${slug}» — «${own.title}». Выберите другой адрес.`
  const shared = others.find((o) => o.org === null)
  if (shared)
    return org === null
      ? `Общая рубрика с адресом «${slug}» уже есть — «${shared.title}». Выберите другой адрес.`
      : `Адрес «${slug}» занят общей рубрикой сети «${shared.title}»: на сайте организации они совпали бы. Выберите другой адрес.`
  const taken = org === null ? others[0] : undefined
  if (taken)
    return `Адрес «${slug}» уже занят рубрикой «${taken.title}»${taken.orgName ? ` организации «${taken.orgName}»` : ' одной из организаций'}: общая рубрика совпала бы с ней на её сайте. Выберите другой адрес.`
  return null
}
