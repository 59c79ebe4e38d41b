'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { loadReachPreview, type ReachPreviewAnswer, type ReachQuery } from './loadReachPreview'

/** The form's organization id as a string, whether the field holds an id or a document. */
export function orgIdOf(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/** The reach the post form holds now; null without an organization or a scope. */
export function useReachQuery(): ReachQuery | null {
  const org = useFormFields(([fields]) => orgIdOf(fields.organization?.value))
  const scope = useFormFields(([fields]) => fields['reach.scope']?.value)
  const maxDepth = useFormFields(([fields]) => fields['reach.maxDepth']?.value)
  const kinds = useFormFields(([fields]) => fields['reach.kinds']?.value)
  if (!org || typeof scope !== 'string') return null
  return { org, scope, maxDepth, kinds }
}

/**
 * Who the form's reach arrives at, recounted as the editor changes the organization or the
 * reach (after a pause in typing); null while unknown.
 */
export function useReachPreview(): ReachPreviewAnswer | null {
  const query = useReachQuery()
  const [preview, setPreview] = useState<ReachPreviewAnswer | null>(null)
  const key = query ? JSON.stringify(query) : ''
  useEffect(() => {
    if (!query) return setPreview(null)
    let live = true
    const timer = setTimeout(() => {
      void loadReachPreview(query).then((answer) => {
        if (live) setPreview(answer)
      })
    }, 300)
    return () => {
      live = false
      clearTimeout(timer)
    }
    // The query is rebuilt on every render; its content (the key) is what matters.
  }, [key])
  return preview
}
