/**
 * Errors a caller's input causes deep in the database layer, which Payload passes on as 500s:
 * a relation to a document that does not exist (a foreign-key violation), and a value the
 * database cannot read as its column type (`where[organization][in]=abc` reaches SQLite as NaN,
 * PostgreSQL as an invalid integer). Returns the Russian message for the caller, or undefined
 * for anything else (a real server fault stays a 500).
 */
export function clientErrorMessage(error: unknown): string | undefined {
  for (let e = error, hops = 0; e && hops < 5; e = (e as { cause?: unknown }).cause, hops++) {
    const { code, message = '', name } = e as { code?: string; message?: string; name?: string }
    if (
      code === '23503' ||
      /FOREIGN KEY constraint failed|SQLITE_CONSTRAINT_FOREIGNKEY/.test(message)
    )
      return 'Связанный документ не найден: проверьте ссылки на другие записи (рубрику, организацию, изображение).'
    if (
      ['22P02', '22003', '22007', '22008'].includes(code ?? '') ||
      /Only finite numbers|invalid input syntax for type/.test(message) ||
      name === 'CastError'
    )
      return 'Неверное значение в запросе: идентификатор или число записано не так (например, буквы вместо числа).'
    if (name === 'SyntaxError' && /JSON/.test(message)) return 'Тело запроса — не корректный JSON.'
  }
  return undefined
}
