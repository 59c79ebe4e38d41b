'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'
import { BUILD_STATUSES, type BuildStatus } from '../../domain/publishing/buildStatus'

/** The site's publishing state and, for admins, a button that queues a fresh build. */
export function RebuildSite() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const rebuild = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/site-builds/${id}/rebuild`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as { message?: string }
      setMessage(body.message ?? (response.ok ? 'Готово.' : 'Не удалось поставить сайт в очередь.'))
    } catch {
      setMessage('Нет связи с сервером. Попробуйте ещё раз.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type">
      <p>
        <strong>Состояние:</strong> {BUILD_STATUSES[status as BuildStatus] ?? '—'}
      </p>
      {id ? (
        <Button buttonStyle="secondary" disabled={busy} onClick={rebuild}>
          Пересобрать сайт
        </Button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
