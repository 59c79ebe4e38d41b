import { countOf } from '../text/plural'
import { toReach, type ReachSettings } from './reach'

/** What the post form holds about the item's reach when its editor publishes. */
export interface MandatoryReach {
  mandatory: boolean
  reach: ReachSettings
}

/** Whether two reach settings send an item to the same sites (same depth, same kinds). */
export function sameReach(a: ReachSettings, b: ReachSettings): boolean {
  const [x, y] = [toReach(a), toReach(b)]
  return x.depth === y.depth && [...x.kinds].sort().join() === [...y.kinds].sort().join()
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

/** The confirmation's question, with the count in Russian: «… на 2 345 сайтах …». */
export function wideConfirmationText(receivers: number): string {
  const sites = countOf(receivers, ['сайте', 'сайтах', 'сайтах']).replace(/^\d+/, (n) =>
    Number(n).toLocaleString('ru-RU'),
  )
  return `Материал обязательный: он сразу появится на ${sites} нижестоящих организаций, и скрыть его там не смогут. Опубликовать?`
}
