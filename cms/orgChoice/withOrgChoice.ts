import type { BaseFilter, Where } from 'payload'
import { narrowToChoice } from '../../domain/access/orgChoice'
import type { OrgId } from '../../domain/org/orgGraph'
import { readOrgChoice } from './readOrgChoice'

/**
 * A list's `admin.baseFilter` that follows the organization switcher: the collection's own base
 * filter (if any), narrowed by `narrow(chosen)` when the user has chosen an org. Payload joins a
 * base filter with the read access rule, so this only ever narrows a list.
 */
export function withOrgChoice(base: BaseFilter | null, narrow: (org: OrgId) => Where): BaseFilter {
  return async (args) => {
    const own = base ? ((await base(args)) ?? null) : null
    const chosen = await readOrgChoice(args.req.payload, args.req.user)
    return chosen === null ? own : (narrowToChoice<Where>(own, narrow(chosen)) as Where)
  }
}
