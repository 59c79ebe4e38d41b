'use client'
import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * «Предпросмотр» in a post's sidebar (issue 19): the last saved draft on its organization's own
 * site layout, in a new tab. The link is asked for on each click (it opens for ten minutes and
 * is signed for this user); the tab is opened within the click, so no popup blocker stops it,
 * and pointed at the link once it arrives.
 */
export function DraftPreview() {
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  const [error, setError] = useState<string | null>(null)
  if (!id || collectionSlug !== 'posts') return null

  const open = () => {
    setError(null)
    const tab = window.open('about:blank', '_blank')
    fetch(`/api/posts/${encodeURIComponent(String(id))}/preview-link`, { credentials: 'include' })
      .then(async (r) => {
        const body = (await r.json().catch(() => null)) as {
          url?: string
          errors?: { message?: string }[]
        } | null
        if (!r.ok || !body?.url)
          throw new Error(body?.errors?.[0]?.message ?? 'Ссылка не получена.')
        if (tab) {
          tab.opener = null
          tab.location.href = body.url
        } else window.location.assign(body.url)
      })
      .catch((e: unknown) => {
        tab?.close()
        setError(`Предпросмотр не открылся: ${e instanceof Error ? e.message : String(e)}`)
      })
  }

  return (
    <div className="field-type" data-testid="draft-preview" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" size="small" onClick={open} margin={false}>
        Предпросмотр
      </Button>
      <p className="field-description">
        {modified
          ? 'Показывает последний сохранённый вариант: сначала сохраните черновик.'
          : 'Черновик на макете сайта организации, в новой вкладке. Читатели его не видят.'}
      </p>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
