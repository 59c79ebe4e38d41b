'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { VisitStats } from '../visits/visitStats'
import { SiteVisitsView } from './SiteVisitsView'

/**
 * «Посещаемость» on the org's page in the admin (issue 18): visits and views per day over 30 or
 * 90 days, the top pages and the referring sites, from GET /api/organizations/:id/visits
 * (cms/visits/visitsEndpoint.ts; counted from the access log without cookies or addresses).
 */
export function SiteVisits() {
  const { id } = useDocumentInfo()
  const [period, setPeriod] = useState(30)
  const [stats, setStats] = useState<VisitStats | null>(null)
  const [message, setMessage] = useState<string | null>('Загружаем…')

  useEffect(() => {
    if (!id) return
    let live = true
    setMessage('Загружаем…')
    fetch(`/api/organizations/${id}/visits?days=${period}`, { credentials: 'include' })
      .then(async (response) => {
        const body = await response.json().catch(() => ({}))
        if (!live) return
        if (!response.ok) {
          setStats(null)
          setMessage(body?.errors?.[0]?.message ?? 'Не удалось загрузить посещаемость.')
        } else {
          setStats(body as VisitStats)
          setMessage(null)
        }
      })
      .catch(() => live && setMessage('Нет связи с сервером. Попробуйте ещё раз.'))
    return () => {
      live = false
    }
  }, [id, period])

  return (
    <section className="field-type" aria-labelledby="site-visits-title">
      <h3 id="site-visits-title">Посещаемость сайта</h3>
      <p>
        Визит — вход на сайт извне (без перехода с его же страниц); просмотр — любая открытая
        страница. Роботы не учитываются; cookies и адреса посетителей не собираются.
      </p>
      <div role="group" aria-label="Период">
        {[30, 90].map((days) => (
          <button
            key={days}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            aria-pressed={period === days}
            onClick={() => setPeriod(days)}
          >
            {days} дней
          </button>
        ))}
      </div>
      {message ? <p role="status">{message}</p> : null}
      {stats ? <SiteVisitsView stats={stats} period={period} /> : null}
    </section>
  )
}
