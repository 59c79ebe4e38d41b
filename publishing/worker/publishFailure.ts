/** What an editor can read in «Публикация сайтов» for file system errors that are not theirs. */
const DISK_MESSAGES: Record<string, string> = {
  ENOSPC:
    'Недостаточно места на диске: сайт не записан, опубликованная версия осталась прежней. Публикация повторится сама, когда место освободится.',
  EDQUOT:
    'Исчерпана дисковая квота: сайт не записан, опубликованная версия осталась прежней. Публикация повторится сама, когда место освободится.',
  EROFS:
    'Диск с сайтами доступен только для чтения: сайт не записан, опубликованная версия осталась прежней. Публикация повторится сама.',
  EACCES:
    'Нет прав на запись в папку сайтов: сайт не записан, опубликованная версия осталась прежней. Сообщите администратору сервера.',
  EMFILE:
    'Слишком много открытых файлов: сайт не записан, опубликованная версия осталась прежней. Публикация повторится сама.',
  EIO: 'Ошибка ввода-вывода диска: сайт не записан, опубликованная версия осталась прежней. Публикация повторится сама.',
}

function codeOf(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined
  const e = error as { code?: unknown; message?: unknown; cause?: unknown }
  if (typeof e.code === 'string' && e.code in DISK_MESSAGES) return e.code
  // Errors passed between threads may keep only their message ("ENOSPC: no space left…").
  const fromText = typeof e.message === 'string' ? /^(E[A-Z]+):/.exec(e.message)?.[1] : undefined
  if (fromText && fromText in DISK_MESSAGES) return fromText
  return codeOf(e.cause, depth + 1)
}

const firstLines = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n')

/**
 * The Russian message stored on a site's build row when publishing it failed: a clear sentence
 * for disk faults (with the system's code for the server's administrator), otherwise `prefix`
 * and the first lines of the error.
 */
export function publishFailureMessage(error: unknown, prefix: string): string {
  const code = codeOf(error)
  if (code) return `${DISK_MESSAGES[code]} (${code})`
  return `${prefix}: ${firstLines(error)}`
}
