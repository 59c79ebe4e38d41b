import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
} from 'payload'
import { isPlatformAdmin, refId, type Grant } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { loadOrgFacts } from '../../../services/orgLinks'
import { forbiddenGrantChanges } from './grantChanges'
import { mayManageTarget } from './mayManageTarget'

const grantsOf = (value: unknown): Grant[] =>
  Array.isArray(value)
    ? value
        .filter((g) => g && g.organization != null && g.role)
        .map((g) => ({
          organization: refId(g.organization),
          role: g.role,
          subtree: Boolean(g.subtree),
        }))
    : []

/**
 * Keeps grantLineage (the lineages of all granted orgs, for admins' subtree queries) and refuses
 * grants the signed-in user may not hand out.
 */
export const checkGrants: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  const after = grantsOf('grants' in data ? data.grants : originalDoc?.grants)
  const before = grantsOf(originalDoc?.grants)
  const facts = await loadOrgFacts(
    req,
    [...after, ...before].map((g) => refId(g.organization)),
  )
  const lineageOf = (id: string | number) => {
    const org = facts.get(String(id))
    return org ? [...org.ancestors, org.id] : []
  }
  const missing = after.find((g) => !facts.has(String(refId(g.organization))))
  if (missing) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'grants', message: 'Одна из указанных организаций не найдена.' }],
      req,
    })
  }
  const actor = userOf(req)
  if (actor && !isPlatformAdmin(actor)) {
    // Editors hold no admin grants, so any change they make to grants (their own included) is refused.
    const forbidden = forbiddenGrantChanges(actor, before, after, lineageOf)
    if (forbidden.length > 0) {
      const names = forbidden.map(
        (g) => `«${facts.get(String(refId(g.organization)))?.name ?? refId(g.organization)}»`,
      )
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'grants',
            message: `Вы не можете выдавать или отзывать права в организациях вне своей зоны ответственности: ${names.join(', ')}.`,
          },
        ],
        req,
      })
    }
  }
  const lineage = new Map(
    after.flatMap((g) => lineageOf(refId(g.organization))).map((id) => [String(id), id]),
  )
  data.grantLineage = [...lineage.values()]
  return data
}

/** An org admin may delete only users it may manage: every grant in its scope, no platform admin. */
export const checkUserDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const actor = userOf(req)
  if (!actor || isPlatformAdmin(actor)) return
  const target = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!(await mayManageTarget(req, target))) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'grants',
          message:
            'Пользователь работает и в других организациях: удалить его может только администратор платформы. Отзовите свои права вместо удаления.',
        },
      ],
      req,
    })
  }
}
