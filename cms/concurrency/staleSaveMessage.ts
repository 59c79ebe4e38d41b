import { MOSCOW_TIME_ZONE } from '../../domain/time/moscow'
/** Who saved the newer version, as far as the server knows. */
export type LastEditor = { kind: 'self' } | { kind: 'other'; name: string } | { kind: 'unknown' }

/** "06.12.2026 в 09:31:15 (МСК)": editors of one federation span time zones; Moscow time is the common one. */
export function moscowTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('ru-RU', {
    timeZone: MOSCOW_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  return `${part('day')}.${part('month')}.${part('year')} в ${part('hour')}:${part('minute')}:${part('second')} (МСК)`
}

/**
 * The Russian refusal of a stale save: who saved in between, when, and what to do. No comma
 * after the first colon: the admin's error toast lists the text after it split at commas.
 */
export function staleSaveMessage(editor: LastEditor, savedAt: Date | null): string {
  const who =
    editor.kind === 'self'
      ? 'его сохранили вы сами — в другой вкладке или окне'
      : editor.kind === 'other'
        ? `его сохранил(а) ${editor.name}`
        : 'его сохранил другой пользователь'
  const when = savedAt ? ` ${moscowTime(savedAt)}` : ''
  const head =
    editor.kind === 'self'
      ? 'Документ изменён после того, как вы его открыли'
      : 'Документ изменён другим пользователем после того, как вы его открыли'
  return (
    `${head}: ${who}${when}. ` +
    'Ваши правки не сохранены — иначе они затёрли бы чужие. Обновите страницу и внесите правки заново.'
  )
}

/** The Russian refusal of a version that is not a date. */
export const INVALID_VERSION_MESSAGE =
  'Поле updatedAt должно содержать время последнего изменения документа в том виде, в каком его вернул сервер (например, 2026-01-31T12:00:00.000Z).'
