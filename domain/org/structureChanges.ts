import { HOSTING_MODE_LABELS, type HostingMode } from '../contentTypes'
import { countOf } from '../text/plural'
import { ORG_KIND_LABELS, type OrgKind } from './orgKinds'

/** What of an org's settings moves its site or its subtree: the organization form's last tab. */
export interface StructureSettings {
  slug: string | null
  kind: OrgKind | null
  /** The structural parent's name (null at the top). */
  parentName: string | null
  /** The names of the other orgs it is a member of. */
  membershipNames: readonly string[]
  hostingMode: HostingMode | null
  customDomain: string | null
}

const quoted = (name: string | null) => (name ? `«${name}»` : '«—»')

/**
 * What saving will change, in the sentences the confirmation shows before the save: the site's
 * address (its old links stop working), the place in the structure (the whole subtree moves with
 * it, `descendants` of them), the level, the memberships and where the site lives. Nothing if
 * none of these changed: contacts, social links and branding are saved without asking.
 */
export function structureChanges(
  before: StructureSettings,
  after: StructureSettings,
  descendants: number,
): string[] {
  const changes: string[] = []
  const subtree =
    descendants > 0
      ? ` вместе со всеми нижестоящими (${countOf(descendants, ['организация', 'организации', 'организаций'])})`
      : ''
  if ((before.slug ?? '') !== (after.slug ?? '') && before.slug)
    changes.push(
      `Адрес сайта изменится: поддомен ${quoted(before.slug)} станет ${quoted(after.slug)}. ` +
        'Старые ссылки на сайт и его страницы перестанут работать; ' +
        'разделы нижестоящих организаций на этом сайте тоже переедут.',
    )
  if (before.parentName !== after.parentName)
    changes.push(
      `Организация${subtree} перейдёт из ${quoted(before.parentName)} в ${quoted(after.parentName)}: ` +
        'изменятся права администраторов вышестоящих организаций и материалы, которые приходят на сайты сверху.',
    )
  if (before.kind !== after.kind && before.kind)
    changes.push(
      `Уровень изменится: «${ORG_KIND_LABELS[before.kind]}» станет «${after.kind ? ORG_KIND_LABELS[after.kind] : '—'}». ` +
        'От уровня зависят требования мониторинга и то, кому можно предлагать материалы.',
    )
  const added = after.membershipNames.filter((n) => !before.membershipNames.includes(n))
  const removed = before.membershipNames.filter((n) => !after.membershipNames.includes(n))
  if (added.length > 0 || removed.length > 0) {
    const moves = [
      added.length > 0 ? `вступит в ${added.map(quoted).join(', ')}` : '',
      removed.length > 0 ? `выйдет из ${removed.map(quoted).join(', ')}` : '',
    ].filter(Boolean)
    changes.push(
      `Организация ${moves.join(' и ')}: изменится, какие материалы приходят на её сайт` +
        `${descendants > 0 ? ' и на сайты нижестоящих' : ''}.`,
    )
  }
  if (before.hostingMode !== after.hostingMode && before.hostingMode)
    changes.push(
      `Размещение сайта изменится: «${HOSTING_MODE_LABELS[before.hostingMode]}» станет ` +
        `«${after.hostingMode ? HOSTING_MODE_LABELS[after.hostingMode] : '—'}». Адрес сайта станет другим.`,
    )
  else if (
    after.hostingMode === 'custom' &&
    (before.customDomain ?? '') !== (after.customDomain ?? '')
  )
    changes.push(
      `Собственный домен изменится: ${before.customDomain || '—'} станет ${after.customDomain || '—'}.`,
    )
  return changes
}
