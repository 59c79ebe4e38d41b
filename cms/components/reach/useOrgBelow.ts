'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { loadReachPreview } from './loadReachPreview'
import { orgIdOf } from './useReachPreview'

/** What the post form needs to know of its organization to offer reach and «Обязателен». */
export interface OrgBelow {
  /** Sites that an item of this org would reach with «Всем нижестоящим». */
  receivers: number
  /** The org's level (domain/org/orgKinds.ts), or null when it could not be read. */
  kind: string | null
}

// One request per org and page: the reach group, the checkbox and every document form share it.
const cache = new Map<string, Promise<OrgBelow | null>>()

function load(org: string): Promise<OrgBelow | null> {
  // The same question as the preview's for the default reach: one request answers both.
  const reach = loadReachPreview({ org, scope: 'subtree' })
  const kind = fetch(`/api/organizations/${encodeURIComponent(org)}?depth=0&select[kind]=true`, {
    credentials: 'include',
  }).then((r) => (r.ok ? (r.json() as Promise<{ kind?: string }>) : null))
  return Promise.all([reach, kind])
    .then(([r, k]) => (r ? { receivers: r.total, kind: k?.kind ?? null } : null))
    .catch(() => null)
}

/**
 * The form's organization and what lies below it; null while unknown (the fields show then, so
 * nothing jumps away under the editor's cursor for an org that has receivers). A failed request
 * stays unknown: the fields then show, as before this hook existed.
 */
export function useOrgBelow(): OrgBelow | null {
  const org = useFormFields(([fields]) => fields.organization?.value)
  const [below, setBelow] = useState<OrgBelow | null>(null)
  useEffect(() => {
    const key = orgIdOf(org)
    if (key === null) return setBelow(null)
    let live = true
    if (!cache.has(key)) cache.set(key, load(key))
    void cache.get(key)!.then((value) => {
      if (live) setBelow(value)
    })
    return () => {
      live = false
    }
  }, [org])
  return below
}
