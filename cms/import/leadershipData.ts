import type { OrganizationEntry } from '../../content/schema/organization'

/**
 * An import entry's leadership as the organization's fields. The photo is a media key in the
 * file; the caller passes its id once the media exist (null before). Fields absent in the file
 * are cleared, so that a re-import leaves exactly what the file says.
 */
export function leadershipData(
  entry: OrganizationEntry['leadership'],
  photo: string | number | null,
) {
  const chair = entry?.chairperson
  const body = entry?.electedBody
  return {
    chairperson: {
      name: chair?.name ?? null,
      position: chair?.position ?? null,
      photo: (photo ?? null) as number | null,
      receptionHours: chair?.receptionHours ?? null,
      phone: chair?.phone ?? null,
      email: chair?.email ?? null,
    },
    electedBody: {
      title: body?.title ?? null,
      members: (body?.members ?? []).map((m) => ({ name: m.name, role: m.role ?? null })),
    },
  }
}
