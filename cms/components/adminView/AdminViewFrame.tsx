import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/**
 * The admin's frame around a custom root view (menu, header, the user's permissions) with the
 * view's content as the page's main landmark — the template has none of its own — and the
 * view's CSS inside it.
 */
export function AdminViewFrame({
  props,
  viewType,
  className,
  css,
  children,
}: {
  props: AdminViewServerProps
  viewType: string
  className: string
  css: string
  children: ReactNode
}) {
  const { req, permissions, visibleEntities, locale } = props.initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={props.params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={props.searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
      viewType={viewType}
    >
      <main>
        <Gutter className={className}>
          <style>{css}</style>
          {children}
        </Gutter>
      </main>
    </DefaultTemplate>
  )
}
