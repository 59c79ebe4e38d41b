'use client'
import { CheckboxField, useField } from '@payloadcms/ui'
import type { CheckboxFieldClientProps } from 'payload'
import { MANDATORY_KINDS } from '../../../domain/syndication/reach'
import { useOrgBelow } from './useOrgBelow'

/**
 * «Обязателен для размещения», offered only to the levels that may oblige others and have
 * someone below (checkMandatory refuses the rest on save). Once ticked it stays visible, so that
 * an editor can untick what the server would refuse.
 */
export function MandatoryField(props: CheckboxFieldClientProps) {
  const below = useOrgBelow()
  const { value } = useField<boolean>({ path: props.path ?? props.field.name })
  const cannot =
    below !== null &&
    (below.receivers === 0 ||
      (below.kind !== null && !(MANDATORY_KINDS as readonly string[]).includes(below.kind)))
  if (cannot && value !== true) return null
  return <CheckboxField {...props} />
}
