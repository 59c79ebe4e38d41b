import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { refId } from '../../domain/access/scope'
import { toReach, type ReachScope } from '../../domain/syndication/reach'
import { orgsBelow } from '../syndication/orgsBelow'

/**
 * A reach may name only organizations below the item's own (issue 19's reach by name): the
 * admin offers only those, and a request through REST, GraphQL or the Local API that names
 * another union's org, the owner itself or an unknown id is refused in Russian. Runs after
 * deriveReach has cleared the names of an item kept on its own site.
 */
export const checkNamedOrgs: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const settings = data.reach ?? originalDoc?.reach
  if (!settings) return data
  const reach = toReach({
    scope: (settings.scope as ReachScope | undefined) ?? 'subtree',
    within: settings.within as unknown[] | undefined,
    except: settings.except as unknown[] | undefined,
  })
  const named = [
    ...(reach.within ?? []).map((id) => ['within', id] as const),
    ...(reach.except ?? []).map((id) => ['except', id] as const),
  ]
  if (named.length === 0) return data
  const owner = refId(data.organization ?? originalDoc?.organization)
  const below =
    owner === undefined
      ? new Set<string>()
      : await orgsBelow(
          req,
          owner,
          named.map(([, id]) => id),
        )
  const outside = named.filter(([, id]) => !below.has(String(id)))
  if (outside.length === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [...new Set(outside.map(([field]) => field))].map((field) => ({
      path: `reach.${field}`,
      message:
        'Назвать можно только организации, нижестоящие по отношению к организации материала.',
    })),
    req,
  })
}
