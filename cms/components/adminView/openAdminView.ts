import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'

export interface OpenedAdminView {
  req: PayloadRequest
  /** The view's own address in the admin (`/admin/<path>`), for its forms and links. */
  base: string
  /** The org asked for in `?org=` (its first value), else the view's default; null: none. */
  orgId: string | null
}

/**
 * The opening every org-scoped custom admin view shares («Мониторинг», «Входящие»): an
 * anonymous visitor goes to the login page and comes back here after it; the org is the one
 * in `?org=` or, without one, the view's default for this user (asked only then).
 */
export async function openAdminView(
  props: AdminViewServerProps,
  {
    path,
    defaultOrg,
  }: { path: string; defaultOrg: (req: PayloadRequest) => Promise<string | null | undefined> },
): Promise<OpenedAdminView> {
  const { req } = props.initPageResult
  const base = `${req.payload.config.routes.admin}/${path}`
  if (!req.user)
    redirect(`${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(base)}`)
  const asked = props.searchParams?.org
  const orgId = (Array.isArray(asked) ? asked[0] : asked) || (await defaultOrg(req)) || null
  return { req, base, orgId }
}
