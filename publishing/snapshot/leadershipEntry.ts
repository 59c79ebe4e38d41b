import type { Organization } from '../../cms/payload-types'
import type { Leadership } from '../../domain/contract/leadership'
import { mediaRef } from '../../cms/richText/html/mediaRef'

const text = (value: string | null | undefined) => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/**
 * The org's leadership as the snapshot names it: only filled-in fields, a chairperson only with a
 * name, an elected body only with a title. Nothing is added to what the editor entered.
 */
export function leadershipEntry(value: Organization['leadership']): Leadership | undefined {
  const chair = value?.chairperson
  const body = value?.electedBody
  const name = text(chair?.name)
  const title = text(body?.title)
  const chairperson = name
    ? {
        name,
        position: text(chair?.position),
        photo: mediaRef(chair?.photo),
        receptionHours: text(chair?.receptionHours),
        phone: text(chair?.phone),
        email: text(chair?.email),
      }
    : undefined
  const electedBody = title
    ? {
        title,
        members: (body?.members ?? []).flatMap((m) => {
          const member = text(m.name)
          return member ? [{ name: member, role: text(m.role) }] : []
        }),
      }
    : undefined
  if (!chairperson && !electedBody) return undefined
  return { chairperson: dropUndefined(chairperson), electedBody }
}

/** The strict snapshot schema accepts absent keys only; undefined values read the same. */
function dropUndefined<T extends object>(value: T | undefined): T | undefined {
  if (!value) return undefined
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
