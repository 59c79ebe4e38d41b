import type { Field, Where } from 'payload'
import { grantsAtLeast, isPlatformAdmin, refId, type ScopedUser } from '../../domain/access/scope'
import { internalField } from '../security/internalField'
import { chosenOrgDefault } from '../orgChoice/chosenOrgDefault'

/** Organizations a user may file content under, as a filter for the admin's dropdown. */
export function orgChoicesFor(user: ScopedUser | null | undefined): Where | boolean {
  // No user: a trusted Local API call (seed, jobs); access rules already keep the public out.
  if (!user || isPlatformAdmin(user)) return true
  const grants = grantsAtLeast(user, 'editor')
  if (grants.length === 0) return false
  const roots = grants.filter((g) => g.subtree).map((g) => refId(g.organization))
  const or: Where[] = [{ id: { in: grants.map((g) => refId(g.organization)) } }]
  if (roots.length > 0) or.push({ ancestors: { in: roots } })
  return { or }
}

export interface OwnerFieldsOptions {
  /**
   * The owner may be left empty (a rubric shared by the network): not required and no default.
   * Otherwise it is required and defaults to the org chosen in the switcher (the user's first
   * org without a choice).
   */
  optional?: boolean
  /** The admin's hint under the field. */
  description?: string
}

/**
 * The owner organization of a document and its lineage (ancestors and itself), which
 * setOwnerLineage (setRubricOwner for rubrics) keeps in sync. The lineage lets one indexed query
 * find a subtree's content.
 */
export function ownerFields({
  optional = false,
  description = 'От имени какой организации публикуется материал.',
}: OwnerFieldsOptions = {}): Field[] {
  return [
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { ru: 'Организация' },
      ...(optional
        ? {}
        : {
            required: true,
            // The org chosen in the switcher, else the user's first (issue 19).
            defaultValue: chosenOrgDefault,
          }),
      filterOptions: ({ user }) => orgChoicesFor(user as unknown as ScopedUser),
      admin: { position: 'sidebar', description: { ru: description } },
    },
    // Access filters and the admin's list filters query it: staff read it, nobody writes it.
    internalField(
      {
        name: 'orgLineage',
        type: 'relationship',
        relationTo: 'organizations',
        hasMany: true,
        label: { ru: 'Цепочка организаций' },
        admin: { hidden: true, readOnly: true },
      },
      'staff',
    ),
  ]
}
