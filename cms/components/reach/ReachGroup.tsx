'use client'
import { GroupField } from '@payloadcms/ui'
import type { GroupFieldClientProps } from 'payload'
import { useOrgBelow } from './useOrgBelow'

/**
 * «Распространение», shown only where there is someone to reach: a ППО with nobody below it
 * saw the whole block and could only wonder what it does (issue 19). «Кто получит материал»
 * beside it still says «Только сайт вашей организации.»
 */
export function ReachGroup(props: GroupFieldClientProps) {
  const below = useOrgBelow()
  if (below?.receivers === 0) return null
  return <GroupField {...props} />
}
