'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Link = {
  state: 'unpublished' | 'pending' | 'live'
  url: string | null
  siteName: string
  publishedAt: string | null
}

/** While a change waits for its site: ask again this often, at most this many times. */
const POLL_MS = 2_000
const POLLS = 90

const time = (iso: string) =>
  new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

/**
 * «Посмотреть на сайте» in the sidebar of a post, page, event or document: the link to its page
 * on its own org's site, and whether the last saved change is there yet (asked again every 2 s
 * while it is on its way, and after every save).
 */
export function ViewOnSite() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const [link, setLink] = useState<Link | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id || !collectionSlug) return
    let polls = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const ask = async () => {
      try {
        const response = await fetch(`/api/site-link/${collectionSlug}/${id}`, {
          credentials: 'include',
        })
        const body = (await response.json()) as Link & { errors?: { message: string }[] }
        if (stopped) return
        if (!response.ok) {
          setError(body.errors?.[0]?.message ?? 'Не удалось узнать адрес на сайте.')
          return
        }
        setError(null)
        setLink(body)
        if (body.state === 'pending' && ++polls < POLLS) timer = setTimeout(ask, POLL_MS)
      } catch {
        if (!stopped) setError('Нет связи с сервером.')
      }
    }
    void ask()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [id, collectionSlug, lastUpdateTime])

  if (!id) return null
  return (
    <div className="field-type" data-testid="view-on-site">
      {error ? <p role="status">{error}</p> : null}
      {link?.state === 'unpublished' ? <p>Материал ещё не опубликован: на сайте его нет.</p> : null}
      {link?.url ? (
        <p>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            Посмотреть на сайте
          </a>{' '}
          <small>({link.siteName})</small>
        </p>
      ) : null}
      {link?.state === 'pending' ? (
        <p role="status">Изменения публикуются: через несколько секунд они будут на сайте…</p>
      ) : null}
      {link?.state === 'live' && link.publishedAt ? (
        <p role="status">Изменения на сайте (опубликовано {time(link.publishedAt)}).</p>
      ) : null}
    </div>
  )
}
