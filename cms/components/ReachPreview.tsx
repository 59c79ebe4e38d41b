'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { reachSummary } from '../../domain/syndication/reachSummary'
import type { ReachGroup } from '../../domain/syndication/reachGroups'
import { countOf } from '../../domain/text/plural'

interface Preview {
  total: number
  byKind: Record<string, number>
  heldForReview: number
  sample: { id: number | string; name: string; kind: string }[]
  /** The receivers by parent organization, the largest groups first. */
  groups: ReachGroup[]
}

/** "Who will receive this": recounted as the editor changes the organization or the reach. */
export function ReachPreview() {
  const org = useFormFields(([fields]) => fields.organization?.value)
  const scope = useFormFields(([fields]) => fields['reach.scope']?.value)
  const maxDepth = useFormFields(([fields]) => fields['reach.maxDepth']?.value)
  const kinds = useFormFields(([fields]) => fields['reach.kinds']?.value)
  const mandatory = useFormFields(([fields]) => fields.mandatory?.value === true)
  const [preview, setPreview] = useState<Preview | null>(null)

  useEffect(() => {
    if (!org || !scope) return setPreview(null)
    const params = new URLSearchParams({ org: String(org), scope: String(scope) })
    if (maxDepth) params.set('maxDepth', String(maxDepth))
    if (Array.isArray(kinds) && kinds.length > 0) params.set('kinds', kinds.join(','))
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/posts/reach-preview?${params}`, {
        credentials: 'include',
        signal: controller.signal,
      })
        .then((r) => (r.ok ? r.json() : null))
        .then(setPreview)
        .catch(() => {})
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [org, scope, maxDepth, kinds])

  if (!preview) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Кто получит материал</p>
      <p role="status">{reachSummary(preview, mandatory)}</p>
      {preview.groups.length > 1 && (
        <details>
          <summary>По вышестоящим организациям</summary>
          <ul>
            {preview.groups.map((g) => (
              <li key={g.parent}>
                {g.parent}: {countOf(g.count, ['сайт', 'сайта', 'сайтов'])}
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.sample.length > 0 && (
        <details>
          <summary>Список</summary>
          <ul>
            {preview.sample.map((o) => (
              <li key={String(o.id)}>{o.name}</li>
            ))}
          </ul>
          {preview.total > preview.sample.length && (
            <p>…и ещё {preview.total - preview.sample.length}</p>
          )}
        </details>
      )}
    </div>
  )
}
