'use client'
import { useFormFields } from '@payloadcms/ui'
import { reachSummary } from '../../domain/syndication/reachSummary'
import { countOf } from '../../domain/text/plural'
import { useReachPreview } from './reach/useReachPreview'

/** "Who will receive this": recounted as the editor changes the organization or the reach. */
export function ReachPreview() {
  const mandatory = useFormFields(([fields]) => fields.mandatory?.value === true)
  const preview = useReachPreview()

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
