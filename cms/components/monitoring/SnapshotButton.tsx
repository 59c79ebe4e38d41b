'use client'
import { useState } from 'react'

/**
 * «Снять срез сейчас»: asks the server to queue the snapshot job (POST
 * /api/monitoring/:orgId/snapshot) and says what happened; the snapshot itself appears once the
 * job has run.
 */
export function SnapshotButton({ url }: { url: string }) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const take = async () => {
    setBusy(true)
    try {
      const response = await fetch(url, { method: 'POST', credentials: 'include' })
      const body = await response.json().catch(() => ({}))
      setMessage(
        response.ok
          ? (body?.message ?? 'Срез поставлен в очередь.')
          : (body?.errors?.[0]?.message ?? 'Не удалось поставить срез в очередь.'),
      )
    } catch {
      setMessage('Нет связи с сервером. Попробуйте ещё раз.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="mon-actions">
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={take}
        disabled={busy}
      >
        Снять срез сейчас
      </button>
      <span role="status">{message}</span>
    </div>
  )
}
