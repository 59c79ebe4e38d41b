import type { Where } from 'payload'
import { foldForSearch } from '../../domain/text/foldForSearch'
import { foldedName } from './foldedName'

/** The text operators whose value is a fragment of the text (Payload's list search uses `like`). */
const FRAGMENT_OPERATORS = ['like', 'contains'] as const

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * `where` with every `like`/`contains` on a folded field moved to its folded copy, its value
 * folded the same way (foldForSearch): `{ title: { like: 'КОЛЛЕКТИВНЫЙ' } }` becomes
 * `{ titleFolded: { like: 'коллективный' } }`. Other operators on the field stay where they
 * are, so exact matches (equals, in) still compare the text as written. Access constraints are
 * added by Payload after this, so a rewritten query never reaches more than the original.
 */
export function foldWhere(where: Where, folded: ReadonlySet<string>): Where {
  const out: Where = {}
  const extra: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      out[key] = value.map((w) => (isObject(w) ? foldWhere(w as Where, folded) : w)) as Where[]
      continue
    }
    if (!folded.has(key) || !isObject(value)) {
      out[key] = value as Where[string]
      continue
    }
    const kept: Record<string, unknown> = {}
    const moved: Record<string, unknown> = {}
    for (const [operator, operand] of Object.entries(value)) {
      if (
        (FRAGMENT_OPERATORS as readonly string[]).includes(operator) &&
        typeof operand === 'string'
      )
        moved[operator] = foldForSearch(operand)
      else kept[operator] = operand
    }
    if (Object.keys(moved).length === 0) out[key] = value as Where[string]
    else if (Object.keys(kept).length === 0) out[foldedName(key)] = moved as Where[string]
    else {
      // Both kinds on one field: the two conditions must hold together.
      extra.push({ [key]: kept } as Where, { [foldedName(key)]: moved } as Where)
    }
  }
  if (extra.length > 0) out.and = [...((out.and as Where[] | undefined) ?? []), ...extra]
  return out
}
