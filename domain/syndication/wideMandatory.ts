import { countOf } from '../text/plural'
import { toReach, type ReachSettings } from './reach'

/** What the post form holds about the item's reach when its editor publishes. */
export interface MandatoryReach {
  mandatory: boolean
  reach: ReachSettings
}

/** Whether two reach settings send an item to the same sites (depth, kinds, named orgs). */
export function sameReach(a: ReachSettings, b: ReachSettings): boolean {
  const [x, y] = [toReach(a), toReach(b)]
  const same = (p: readonly unknown[] = [], q: readonly unknown[] = []) =>
    [...p].map(String).sort().join() === [...q].map(String).sort().join()
  return (
    x.depth === y.depth &&
    same(x.kinds, y.kinds) &&
    same(x.within, y.within) &&
    same(x.except, y.except)
  )
}

/**
 * Whether publishing `after` must be confirmed (issue 19): it is mandatory, so it cannot be
 * hidden where it lands, and it reaches more than `confirmAbove` sites (MANDATORY_CONFIRM_ABOVE,
 * 100 by default), so a slip would land on hundreds of sites in seconds. An item already
 * published mandatory with the same reach was confirmed then; fixing a typo is not asked again.
 */
export function needsWideConfirmation(
  after: MandatoryReach,
  receivers: number,
  published: MandatoryReach | null,
  confirmAbove: number,
): boolean {
  if (!after.mandatory || receivers <= confirmAbove) return false
  return !(published?.mandatory === true && sameReach(published.reach, after.reach))
}

/** When the confirmed item goes out: on the click, or at the time its editor schedules. */
export type WideMoment = 'now' | 'scheduled'

/**
 * The confirmation's question, with the count in Russian: «… на 2 345 сайтах …»; a scheduled
 * publication says it lands at the chosen time.
 */
export function wideConfirmationText(receivers: number, moment: WideMoment = 'now'): string {
  const sites = countOf(receivers, ['сайте', 'сайтах', 'сайтах']).replace(/^\d+/, (n) =>
    Number(n).toLocaleString('ru-RU'),
  )
  const when = moment === 'now' ? 'сразу' : 'в назначенное время'
  const ask = moment === 'now' ? 'Опубликовать?' : 'Запланировать публикацию?'
  return `Материал обязательный: он ${when} появится на ${sites} нижестоящих организаций, и скрыть его там не смогут. ${ask}`
}
