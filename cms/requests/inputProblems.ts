import { richTextProblem } from './richTextProblem'

/** The parts of Payload's field config this check reads (sanitized or not). */
export interface FieldLike {
  type: string
  name?: string
  label?: unknown
  hasMany?: boolean
  options?: readonly (string | { value: string })[]
  fields?: FieldLike[]
  tabs?: { name?: string; fields: FieldLike[] }[]
  blocks?: { slug: string; fields: FieldLike[] }[]
}

export interface Problem {
  path: string
  message: string
  /** The field's label, so the top-level message names the field as the admin shows it. */
  label?: string | Record<string, string>
}

const labelOf = (field: FieldLike) =>
  typeof field.label === 'string' || (typeof field.label === 'object' && field.label !== null)
    ? (field.label as string | Record<string, string>)
    : undefined

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/

const isNumberInput = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && NUMERIC.test(v))

const each = (field: FieldLike, value: unknown): unknown[] =>
  field.hasMany && Array.isArray(value) ? value : [value]

function valueProblem(field: FieldLike, value: unknown, maxRichTextBytes: number) {
  if (field.type === 'richText') return richTextProblem(value, maxRichTextBytes)
  if (value === null || value === undefined) return undefined
  if (field.type === 'number') {
    if (field.hasMany && !Array.isArray(value)) return 'Ожидается список чисел.'
    if (each(field, value).some((v) => v !== null && !isNumberInput(v)))
      return `Введите число, а не «${String(value).slice(0, 40)}».`
  }
  if ((field.type === 'select' || field.type === 'radio') && field.options) {
    const allowed = new Set(field.options.map((o) => (typeof o === 'string' ? o : o.value)))
    const bad = each(field, value).find((v) => v !== null && v !== '' && !allowed.has(v as string))
    if (bad !== undefined)
      return `Недопустимое значение «${String(bad).slice(0, 40)}»: выберите одно из предложенных.`
  }
  return undefined
}

/**
 * Values that Payload would otherwise crash on (a 500), or silently drop (`"много"` in a number
 * field saves as empty), or store although no option allows it (`_status: "archived"`). Walks
 * the collection's fields as the data nests them: named groups and tabs, array rows, blocks.
 */
export function inputProblems(
  fields: readonly FieldLike[],
  data: Record<string, unknown>,
  maxRichTextBytes: number,
  prefix = '',
): Problem[] {
  const problems: Problem[] = []
  for (const field of fields) {
    const nested = (subFields: FieldLike[], value: unknown, path: string) => {
      if (value === null || value === undefined) return
      if (!isObject(value)) problems.push({ path, message: 'Ожидается объект с полями.' })
      else problems.push(...inputProblems(subFields, value, maxRichTextBytes, `${path}.`))
    }
    if (!field.name) {
      // Rows, collapsibles and unnamed tabs only lay fields out; their data sits at this level.
      for (const tab of field.tabs ?? [])
        if (tab.name) nested(tab.fields, data[tab.name], `${prefix}${tab.name}`)
        else problems.push(...inputProblems(tab.fields, data, maxRichTextBytes, prefix))
      if (field.fields)
        problems.push(...inputProblems(field.fields, data, maxRichTextBytes, prefix))
      continue
    }
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if (value === undefined) continue
    if (field.type === 'group' && field.fields) nested(field.fields, value, path)
    else if ((field.type === 'array' || field.type === 'blocks') && value !== null) {
      if (!Array.isArray(value)) {
        problems.push({ path, message: 'Ожидается список.' })
        continue
      }
      value.forEach((row, i) => {
        const block = field.blocks?.find((b) => isObject(row) && b.slug === row.blockType)
        const rowFields = field.type === 'array' ? field.fields : block?.fields
        if (rowFields) nested(rowFields, row, `${path}.${i}`)
      })
    } else {
      const message = valueProblem(field, value, maxRichTextBytes)
      if (message) problems.push({ path, message, label: labelOf(field) })
    }
  }
  return problems
}
