'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface OrgOption {
  id: number | string
  name: string
}

const MIN_QUERY = 2

/**
 * Sidebar tool on an organization: moves its child orgs, members and content to another org
 * (POST /api/organizations/:id/transfer), the step the delete refusal asks for.
 */
export function TransferContent() {
  const { id } = useDocumentInfo()
  const [query, setQuery] = useState('')
  const [options, setOptions] = useState<OrgOption[]>([])
  const [target, setTarget] = useState<OrgOption | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (query.trim().length < MIN_QUERY || target?.name === query) return setOptions([])
    const controller = new AbortController()
    const params = new URLSearchParams({
      'where[name][like]': query.trim(),
      'where[id][not_equals]': String(id),
      limit: '10',
      depth: '0',
      'select[name]': 'true',
    })
    fetch(`/api/organizations?${params}`, { credentials: 'include', signal: controller.signal })
      .then((r) => r.json())
      .then((body: { docs?: OrgOption[] }) => setOptions(body.docs ?? []))
      .catch(() => {})
    return () => controller.abort()
  }, [query, id, target])

  if (!id) return null

  const transfer = async () => {
    if (!target) return
    if (!window.confirm(`Перенести дочерние организации и все материалы в «${target.name}»?`))
      return
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/organizations/${id}/transfer`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: target.id }),
      })
      const body = await response.json()
      setMessage(
        response.ok
          ? `Перенесено: организаций — ${body.moved.children}, членств — ${body.moved.members}, материалов — ${body.moved.content}.`
          : (body.message ?? 'Перенос не удался.'),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label" htmlFor="transfer-target">
        Перенести содержимое
      </label>
      <p className="field-description">
        Дочерние организации, членство и все материалы переходят в выбранную организацию — например,
        перед удалением или слиянием.
      </p>
      <input
        id="transfer-target"
        type="search"
        value={query}
        placeholder="Начните вводить название"
        onChange={(e) => {
          setQuery(e.target.value)
          setTarget(null)
        }}
        style={{ width: '100%' }}
      />
      {options.length > 0 && (
        <ul role="listbox" aria-label="Организации" style={{ listStyle: 'none', padding: 0 }}>
          {options.map((o) => (
            <li key={String(o.id)}>
              <button
                type="button"
                className="btn btn--style-subtle btn--size-small"
                onClick={() => {
                  setTarget(o)
                  setQuery(o.name)
                  setOptions([])
                }}
              >
                {o.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Button buttonStyle="secondary" size="small" disabled={!target || busy} onClick={transfer}>
        {busy ? 'Переносим…' : 'Перенести'}
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
