import { ValidationError, type AfterErrorHook, type PayloadRequest } from 'payload'
import { DATABASE_BUSY_MESSAGE, isDatabaseBusyError } from '../db/sqlite/databaseBusy'
import { clientErrorMessage } from './clientErrorMessage'

/** Payload's English texts that reach callers, in Russian. */
const RUSSIAN: Record<string, string> = {
  'Invalid JSON': 'Тело запроса — не корректный JSON.',
  'The requested resource was not found.': 'Запрашиваемый ресурс не найден.',
}

/** "Следующее поле недействительно: Текст" — what Payload says when given `t`; hooks often don't. */
function validationMessage(error: ValidationError, req: PayloadRequest): string {
  const errors = (error.data?.errors ?? []) as { path: string; label?: unknown }[]
  const label = (e: { path: string; label?: unknown }) =>
    typeof e.label === 'string'
      ? e.label
      : typeof e.label === 'object' && e.label && 'ru' in e.label
        ? String((e.label as { ru: unknown }).ru)
        : e.path
  const head = req.t('error:followingFieldsInvalid', { count: errors.length })
  return `${head} ${errors.map(label).join(', ')}`
}

/**
 * The config's afterError hook: a caller's mistake answers 400 with a Russian message, whichever
 * layer noticed it, and no top-level message is left in English. Runs for REST (handleEndpoints,
 * also when called directly) and for GraphQL.
 */
export const translateError: AfterErrorHook = ({ error, req, result, graphqlResult }) => {
  const original = (error as { originalError?: Error }).originalError ?? error
  let status: number | undefined
  let message: string | undefined
  if (original instanceof ValidationError) message = validationMessage(original, req)
  // SQLite's write lock stayed taken past the busy timeout: nothing was saved, save again.
  else if (isDatabaseBusyError(original)) [message, status] = [DATABASE_BUSY_MESSAGE, 503]
  else if (original.name === 'QueryError') {
    const paths = ((original as { data?: { path: string }[] }).data ?? []).map((d) => d.path)
    message = `По этим полям искать нельзя: ${paths.join(', ')}.`
  } else if (RUSSIAN[original.message]) message = RUSSIAN[original.message]
  else {
    message = clientErrorMessage(original)
    if (message) status = 400
  }
  if (!message) return
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, ...(status ? { statusCode: status } : {}) },
      },
    }
  const errors = result?.errors ?? [{}]
  return {
    response: { ...result, errors: [{ ...errors[0], message }, ...errors.slice(1)] },
    ...(status ? { status } : {}),
  }
}
