'use client'
import type { TextareaFieldLabelClientComponent } from 'payload'
import { FieldLabel } from '@payloadcms/ui'

/**
 * «Причина отказа» with the required mark: the field is shown only once «Отклонено» is chosen,
 * and then it must be filled (reasonRequiredWhenDeclining), though the column is optional.
 */
export const ReasonLabel: TextareaFieldLabelClientComponent = ({ path }) => (
  <FieldLabel
    htmlFor={path ? `field-${path}` : undefined}
    label="Причина отказа"
    path={path}
    required
  />
)
