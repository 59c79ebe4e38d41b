'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { PostTargets, ProposalStatus } from '../../proposals/proposalTargets'

const STATUS_TEXT: Record<ProposalStatus, string> = {
  pending: 'ждёт решения',
  accepted: 'принято',
  declined: 'отклонено',
}

const messageOf = (body: unknown, fallback: string) =>
  (body as { message?: string; errors?: { message?: string }[] } | null)?.message ??
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ??
  fallback

/**
 * «Предложить выше» in the post's sidebar: for a published post of an org with someone above,
 * the orgs above (nearest first, with their level) it was not yet proposed to, a note and one
 * button; the proposals already made, with their outcome, instead of offering the same org twice.
 * Served by GET/POST /api/posts/:id/proposals, which act with the editor's own rights.
 */
export function ProposeUpward() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const [data, setData] = useState<PostTargets | null>(null)
  const [target, setTarget] = useState('')
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const uid = useId()
  // Every load and every proposal takes a new number; an answer is shown only if nothing newer
  // was asked since. Without it a slow list (React's double effect in development, a refresh on
  // publishing) could land after the proposal's own answer and offer the same org again.
  const latest = useRef(0)

  const load = useCallback(async () => {
    const asked = ++latest.current
    const response = id
      ? await fetch(`/api/posts/${id}/proposals`, { credentials: 'include' })
      : null
    const next = response?.ok ? ((await response.json()) as PostTargets) : null
    if (asked === latest.current) setData(next)
  }, [id])
  useEffect(() => {
    load().catch(() => setData(null))
    return () => {
      latest.current++
    }
  }, [load, hasPublishedDoc])

  if (!data?.post.published || data.targets.length === 0) return null
  const open = data.targets.filter((t) => !t.proposal)
  const made = data.targets.filter((t) => t.proposal)
  const chosen = open.some((t) => t.id === target) ? target : (open[0]?.id ?? '')

  const propose = async () => {
    const asked = ++latest.current
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/posts/${id}/proposals`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ organization: chosen, note }),
      })
      const body: unknown = await response.json().catch(() => null)
      setMessage(messageOf(body, response.ok ? 'Готово.' : 'Не удалось предложить материал.'))
      if (response.ok && asked === latest.current) {
        setData(body as PostTargets)
        setNote('')
      }
    } catch {
      setMessage('Нет связи с сервером. Попробуйте ещё раз.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" id="propose-upward" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Предложить выше</p>
      {made.length > 0 && (
        <ul style={{ paddingLeft: '1.2em', margin: '0 0 8px' }}>
          {made.map((t) => (
            <li key={t.id}>
              {t.name}: {STATUS_TEXT[t.proposal!.status]}
              {t.proposal!.status === 'declined' && t.proposal!.reason
                ? `. Причина: ${t.proposal!.reason}`
                : ''}
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 ? (
        <>
          <label htmlFor={`${uid}-to`} style={{ display: 'block' }}>
            Кому
          </label>
          <select
            id={`${uid}-to`}
            value={chosen}
            onChange={(e) => setTarget(e.target.value)}
            style={{ width: '100%', marginBottom: 8, padding: 4 }}
          >
            {open.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} — {t.level}
              </option>
            ))}
          </select>
          <label htmlFor={`${uid}-note`} style={{ display: 'block' }}>
            Комментарий (необязательно)
          </label>
          <textarea
            id={`${uid}-note`}
            value={note}
            maxLength={2000}
            rows={3}
            onChange={(e) => setNote(e.target.value)}
            style={{ width: '100%', marginBottom: 8 }}
          />
          <Button buttonStyle="secondary" disabled={busy || !chosen} onClick={propose}>
            Предложить
          </Button>
        </>
      ) : (
        <p>Материал предложен всем вышестоящим организациям.</p>
      )}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
