import type { FieldHook } from 'payload'
import { assumeHttps } from '../../domain/text/assumeHttps'

/**
 * A URL field's beforeValidate hook: «vk.com/profkom» is saved as «https://vk.com/profkom», so an
 * address copied from the browser's bar is not refused for its missing scheme.
 */
export const completeAddress: FieldHook = ({ value }) =>
  typeof value === 'string' ? assumeHttps(value) : value
