'use client'
import { useEffect, useId, useState } from 'react'
import { labelOf, type SwitcherOption } from './switcherOptions'
import { whereQuery } from './whereQuery'

interface Props {
  options: SwitcherOption[]
  current: SwitcherOption | null
  searchable: boolean
  /** The user's own orgs as a `where`, which the search keeps to; null: every org. */
  searchScope: object | null
  allLabel: string
  apiRoute: string
  preferenceKey: string
}

const ALL = ''
const INDENT = '\u00a0\u00a0\u00a0'
const SAVE_FAILED = 'Не удалось сохранить выбор организации. Попробуйте ещё раз.'
const SEARCH_FAILED = 'Поиск не удался. Попробуйте ещё раз.'

/** The org ids are numbers on SQLite and PostgreSQL; a string id stays a string. */
const asId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

/** The orgs whose name contains `query`, through the REST API as the signed-in user. */
async function searchOrgs(
  apiRoute: string,
  query: string,
  scope: object | null,
  signal: AbortSignal,
) {
  const byName = {
    or: [{ name: { like: query } }, { shortName: { like: query } }],
  }
  const params = whereQuery(scope ? { and: [scope, byName] } : byName)
  params.set('limit', '20')
  params.set('depth', '0')
  params.set('select[name]', 'true')
  params.set('select[shortName]', 'true')
  const res = await fetch(`${apiRoute}/organizations?${params}`, {
    credentials: 'include',
    signal,
  })
  if (!res.ok) throw new Error(String(res.status))
  const body = (await res.json()) as {
    docs: { id: number | string; name: string; shortName?: string | null }[]
  }
  return body.docs.map((d) => ({
    id: String(d.id),
    label: labelOf(d),
    level: 0,
  }))
}

/**
 * The switcher's select (and, for a platform admin, its search box). Choosing saves the user's
 * preference through Payload's own preferences API and reloads the page, so that the list, the
 * dashboard and a new document's form are rendered again for the chosen org.
 */
export function OrgSwitcherSelect(props: Props) {
  const { options, current, searchable, searchScope, allLabel, apiRoute, preferenceKey } = props
  const selectId = useId()
  const searchId = useId()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<SwitcherOption[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const q = query.trim()
    if (!searchable || q.length < 2) {
      setFound(null)
      return
    }
    const abort = new AbortController()
    const timer = setTimeout(() => {
      searchOrgs(apiRoute, q, searchScope, abort.signal)
        .then((docs) => {
          setFound(docs)
          setError(null)
        })
        .catch(() => {
          if (!abort.signal.aborted) setError(SEARCH_FAILED)
        })
    }, 300)
    return () => {
      clearTimeout(timer)
      abort.abort()
    }
  }, [apiRoute, query, searchable, searchScope])

  async function choose(id: string) {
    setBusy(true)
    setError(null)
    const url = `${apiRoute}/payload-preferences/${encodeURIComponent(preferenceKey)}`
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        value: id === ALL ? { organization: null } : { organization: asId(id) },
      }),
    }).catch(() => null)
    if (!res?.ok) {
      setBusy(false)
      setError(SAVE_FAILED)
      return
    }
    window.location.reload()
  }

  // The current choice stays selectable even when the list or the search does not contain it.
  const shown = found ?? options
  const list =
    current && !shown.some((o) => o.id === current.id)
      ? [{ ...current, level: 0 }, ...shown]
      : shown

  return (
    <div className="org-switcher" style={{ marginBottom: 'calc(var(--base) / 2)', width: '100%' }}>
      <label htmlFor={selectId} style={{ display: 'block', fontWeight: 600 }}>
        Организация
      </label>
      {searchable ? (
        <input
          id={searchId}
          type="search"
          aria-label="Найти организацию"
          placeholder="Найти организацию"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: '100%', marginBottom: 4 }}
        />
      ) : null}
      <select
        id={selectId}
        data-testid="org-switcher"
        value={current?.id ?? ALL}
        disabled={busy}
        onChange={(e) => void choose(e.target.value)}
        style={{ width: '100%' }}
      >
        <option value={ALL}>{allLabel}</option>
        {list.map((o) => (
          <option key={o.id} value={o.id}>
            {INDENT.repeat(o.level)}
            {o.label}
          </option>
        ))}
      </select>
      {found !== null && found.length === 0 ? (
        <p aria-live="polite" style={{ margin: '4px 0 0' }}>
          Ничего не найдено.
        </p>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '4px 0 0' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
