import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { THEMES } from '../../themes/index'
import { accentFits, toCssVariables } from '../../themes/toCssVariables'

const STYLES = new URL('../../site/src/styles/', import.meta.url)

function variables(css: string): Map<string, string> {
  return new Map(
    css.split(';').map((decl) => {
      const at = decl.indexOf(':')
      return [decl.slice(2, at), decl.slice(at + 1)] as [string, string]
    }),
  )
}

describe('toCssVariables', () => {
  const federation = variables(toCssVariables(THEMES.federation))

  it('emits colours, fonts, the type scale in rem, spacing and radii', () => {
    expect(federation.get('color-primary')).toBe('#163a70')
    expect(federation.get('color-surface-alt')).toBe('#eef2f7')
    expect(federation.get('color-accent-contrast')).toBe('#ffffff')
    expect(federation.get('font-body')).toMatch(/^'Golos Text', .*sans-serif$/)
    expect(federation.get('text-base')).toBe('1.063rem')
    expect(federation.get('text-lg')).toBe('1.275rem')
    expect(federation.get('space-1')).toBe('0.25rem')
    expect(federation.get('space-8')).toBe('4rem')
    expect(federation.get('radius-medium')).toBe('8px')
  })

  it('is safe inside a double-quoted style attribute', () => {
    for (const theme of Object.values(THEMES)) expect(toCssVariables(theme)).not.toMatch(/["<>]/)
  })

  it("applies an org's accent colour that passes AA and ignores one that does not", () => {
    expect(variables(toCssVariables(THEMES.industry, '#8a3b12')).get('color-accent')).toBe(
      '#8a3b12',
    )
    expect(accentFits(THEMES.federation, '#ffcc00')).toBe(false)
    expect(variables(toCssVariables(THEMES.federation, '#ffcc00')).get('color-accent')).toBe(
      '#b4232a',
    )
    expect(accentFits(THEMES.federation, 'red')).toBe(false)
  })

  it('defines every variable the shared CSS files read', () => {
    const defined = new Set(federation.keys())
    for (const file of readdirSync(STYLES).filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(new URL(file, STYLES), 'utf8')
      for (const [, name] of css.matchAll(/var\(--([a-z0-9-]+)/g)) {
        expect(defined, `${file} reads --${name}`).toContain(name)
      }
    }
  })
})
