'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface Preview {
  total: number
  byKind: Record<string, number>
  heldForReview: number
  sample: { id: number | string; name: string; kind: string }[]
}

const KIND_LABELS: Record<string, string> = {
  union: 'профсоюзы',
  territorial_association: 'ТООП',
  territorial_org: 'территориальные организации',
  primary_org: 'ППО',
}

/** "Who will receive this": recounted as the editor changes the organization or the reach. */
export function ReachPreview() {
  const org = useFormFields(([fields]) => fields.organization?.value)
  const scope = useFormFields(([fields]) => fields['reach.scope']?.value)
  const maxDepth = useFormFields(([fields]) => fields['reach.maxDepth']?.value)
  const kinds = useFormFields(([fields]) => fields['reach.kinds']?.value)
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
  const parts = Object.entries(preview.byKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${KIND_LABELS[kind] ?? kind}: ${n}`)
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Кто получит материал</p>
      <p role="status">
        {preview.total === 0
          ? 'Только сайт вашей организации.'
          : `${preview.total} сайтов нижестоящих организаций (${parts.join(', ')}).`}
        {preview.heldForReview > 0 &&
          ` ${preview.heldForReview} из них показывают материалы после проверки.`}
      </p>
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
