import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  defaultText,
  developerVariables,
  internalVariables,
  productVariables,
  variableRows,
} from '../../config'

const root = new URL('../../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')
const envExample = readFileSync(new URL('.env.example', root), 'utf8')

/** The markdown tables of the README's "Configuration" section, in order, as rows of cells. */
function configurationTables(): string[][][] {
  const section = readme.slice(readme.indexOf('## Configuration'))
  const body = section.slice(0, section.indexOf('\n## ', 1))
  const tables: string[][][] = []
  let current: string[][] | undefined
  for (const line of body.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined
      continue
    }
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
    if (cells[0] === 'Variable' || /^-+$/.test(cells[0]!)) continue
    if (!current) tables.push((current = []))
    current.push(cells)
  }
  return tables
}

const asCells = (schema: z.ZodObject) =>
  variableRows(schema).map((r) => [`\`${r.name}\``, r.default, r.meaning])

describe('README configuration tables', () => {
  const [product, others] = configurationTables()

  it('list every product variable with the default and meaning of config/', () => {
    expect(product).toEqual(asCells(productVariables))
  })

  it('list the internal and developer variables in a second table', () => {
    expect(others).toEqual(asCells(internalVariables.extend(developerVariables.shape)))
  })
})

describe('.env.example', () => {
  const lines = [...envExample.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=(.*)$/gm)]

  it('names exactly the product variables, each once', () => {
    const names = lines.map((m) => m[1])
    expect([...names].sort()).toEqual(Object.keys(productVariables.shape).sort())
  })

  it('shows each variable that has a default with that default', () => {
    const shape = productVariables.shape as Record<string, z.ZodType>
    for (const [, name, value] of lines) {
      const variable = shape[name!]
      const fallback = variable && defaultText(variable)
      if (fallback !== undefined) expect(`${name}=${value}`).toBe(`${name}=${fallback}`)
    }
  })
})
