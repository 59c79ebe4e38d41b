import type { TextareaFieldValidation } from 'payload'

/**
 * Declining needs a reason the proposer will read. Checked in the form as the reviewer types
 * (the label marks it required then) and again by prepareProposal on the server.
 */
export const reasonRequiredWhenDeclining: TextareaFieldValidation = (value, { data }) =>
  (data as { status?: string } | undefined)?.status === 'declined' && !value?.trim()
    ? 'Укажите причину отказа — её увидит предложившая организация.'
    : true
