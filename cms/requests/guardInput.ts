import {
  APIError,
  NotFound,
  ValidationError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'
import { inputProblems, type FieldLike } from './inputProblems'
import { requestLimits } from './requestSettings'

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** On SQL databases ids are integers; `abc` reached the database as NaN (a 500). */
function validId(req: PayloadRequest, collection: SanitizedCollectionConfig, id: unknown) {
  const custom = req.payload.collections[collection.slug]?.customIDType
  if ((custom ?? req.payload.db.defaultIDType) !== 'number') return true
  return typeof id === 'number' ? Number.isInteger(id) : /^\d{1,15}$/.test(String(id))
}

/**
 * Every collection's first beforeOperation hook (added by requestGuards): the shape of what a
 * caller sends is checked before Payload's field hooks walk it, so bad input is a 400 or 404 in
 * Russian instead of a TypeError deep inside Payload — for REST, GraphQL and the Local API alike.
 */
export const guardInput: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  const { id, data } = args as { id?: unknown; data?: unknown }
  if (id !== undefined && id !== null && !validId(req, collection, id)) throw new NotFound(req.t)
  // PostgreSQL refuses a NUL byte in any text parameter: a query with one was a 500.
  const { where } = args as { where?: unknown }
  if (where !== undefined && JSON.stringify(where).includes('\\u0000'))
    throw new APIError(
      'Условие запроса содержит недопустимый нулевой символ.',
      400,
      undefined,
      true,
    )
  if (operation !== 'create' && operation !== 'update') return args
  // An upload may come without fields; everything else needs a JSON object of fields.
  if (data === undefined && req.file) return args
  if (!isObject(data))
    throw new APIError(
      'Тело запроса должно быть JSON-объектом с полями документа (заголовок Content-Type: application/json).',
      400,
      undefined,
      true,
    )
  const fields = collection.fields as unknown as FieldLike[]
  const errors = inputProblems(fields, data, requestLimits().maxRichTextBytes)
  if (errors.length > 0)
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return args
}
