import { Forbidden, NotFound } from 'payload'

/**
 * An org-scoped view's data, or the Russian sentence the view shows instead: no org chosen,
 * the org out of the user's reach (`forbidden`), or unknown. Any other failure is a real error
 * and is thrown on.
 */
export async function loadOrgView<T>(
  orgId: string | null,
  load: (orgId: string) => Promise<T>,
  forbidden: string,
): Promise<T | string> {
  if (!orgId) return 'Укажите организацию, которую вы редактируете.'
  try {
    return await load(orgId)
  } catch (error) {
    if (error instanceof Forbidden) return forbidden
    if (error instanceof NotFound) return 'Организация не найдена.'
    throw error
  }
}
