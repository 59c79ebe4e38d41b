'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** `2026-W49` (an <input type="week">) → `2026-w49`, the stand's week label. */
const labelOf = (value: string) => value.replace('-W', '-w')

/** This week's value for the picker, on the editor's own clock. */
function thisWeek(): string {
  const now = new Date()
  const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const week = Math.ceil(
    ((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7,
  )
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/**
 * «Стенд на неделю» in the org's sidebar: a week picker and a button that downloads that week's
 * stand as a PDF (GET /api/organizations/:id/stand/:week, cms/stand/standWeekEndpoint.ts).
 */
export function StandWeek() {
  const { id } = useDocumentInfo()
  const [week, setWeek] = useState(thisWeek)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const download = async () => {
    setBusy(true)
    setMessage('Готовим стенд, это займёт несколько секунд…')
    try {
      const label = labelOf(week)
      const response = await fetch(`/api/organizations/${id}/stand/${label}`, {
        credentials: 'include',
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string }
        setMessage(body.message ?? 'Не удалось подготовить стенд.')
        return
      }
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement('a')
      link.href = url
      link.download = `stend-${label}.pdf`
      link.click()
      URL.revokeObjectURL(url)
      setMessage('Готово: PDF сохранён.')
    } catch {
      setMessage('Нет связи с сервером. Попробуйте ещё раз.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type">
      <label htmlFor="stand-week">Неделя</label>
      <input
        id="stand-week"
        type="week"
        value={week}
        onChange={(event) => setWeek(event.target.value)}
      />
      <Button buttonStyle="secondary" disabled={busy || !week} onClick={download}>
        Скачать PDF
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
