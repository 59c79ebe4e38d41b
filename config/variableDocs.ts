import type { z } from 'zod'
import type { VariableDoc } from './values'

/** One row of a README configuration table, in markdown. */
export interface VariableRow {
  name: string
  default: string
  meaning: string
}

/** A flag's default is written as it is set (`0`/`1`), every other default as its value. */
const shownValue = (value: unknown) =>
  typeof value === 'boolean' ? (value ? '1' : '0') : String(value)

/** The schema's own default, if it has one (`.default(…)`), as text. */
export function defaultText(schema: z.ZodType): string | undefined {
  const def = schema._zod.def as { type: string; defaultValue?: unknown }
  return def.type === 'default' ? shownValue(def.defaultValue) : undefined
}

/** The README rows of a group of variables: the table is checked against these, cell by cell. */
export function variableRows(schema: z.ZodObject): VariableRow[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, variable]) => {
    const documentation = (variable.meta() ?? {}) as Partial<VariableDoc>
    const fallback = defaultText(variable)
    return {
      name,
      default: fallback !== undefined ? `\`${fallback}\`` : (documentation.shown ?? '—'),
      meaning: documentation.meaning ?? '',
    }
  })
}
