'use client'
import { useEffect, useState } from 'react'

/**
 * « (ждут проверки: N)» after the «Входящие» link, asked of the count endpoint once the page is
 * drawn: the admin's pages no longer wait for the review inbox's query. Nothing while loading,
 * on an error or when nothing waits.
 */
export function IncomingWaitingCount({ url }: { url: string }) {
  const [waiting, setWaiting] = useState(0)
  useEffect(() => {
    const controller = new AbortController()
    fetch(url, { credentials: 'same-origin', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { waiting?: unknown } | null) => {
        if (typeof body?.waiting === 'number') setWaiting(body.waiting)
      })
      .catch(() => undefined) // the link works without its number
    return () => controller.abort()
  }, [url])
  return waiting > 0 ? <> (ждут проверки: {waiting})</> : null
}
