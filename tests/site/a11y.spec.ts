import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AA_NORMAL_TEXT, contrastRatio, parseHex } from '../../domain/text/color'
import {
  A11Y_FORM_CLASS,
  A11Y_PREFIX,
  A11Y_SETTINGS,
  A11Y_STORAGE_KEY,
  a11yScript,
} from '../../site/src/lib/a11y'

interface FakeInput {
  name: string
  value: string
  checked: boolean
}

/** Just enough of a page for the inline script: <html> attributes, the radios, events, storage. */
function fakePage(stored?: string, storageThrows = false) {
  const attrs = new Map<string, string>()
  const storage = new Map<string, string>(stored === undefined ? [] : [[A11Y_STORAGE_KEY, stored]])
  const inputs: FakeInput[] = A11Y_SETTINGS.flatMap((s) =>
    s.options.map((o, i) => ({
      name: `${A11Y_PREFIX}${s.name}`,
      value: o.value,
      checked: i === 0,
    })),
  )
  const listeners = new Map<string, ((event: unknown) => void)[]>()
  const on = (type: string, fn: (event: unknown) => void) =>
    listeners.set(type, [...(listeners.get(type) ?? []), fn])
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => attrs.set(name, value),
      removeAttribute: (name: string) => attrs.delete(name),
    },
    querySelector(selector: string) {
      const [, name, value] = /^input\[name="([^"]+)"\](?:\[value="([^"]+)"\]|:checked)$/.exec(
        selector,
      )!
      return inputs.find((i) => i.name === name && (value ? i.value === value : i.checked)) ?? null
    },
    addEventListener: on,
  }
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError')
      return storage.get(key) ?? null
    },
    setItem: (key: string, value: string) => {
      if (storageThrows) throw new Error('QuotaExceededError')
      storage.set(key, value)
    },
  }
  const run = new Function('document', 'window', 'localStorage', 'setTimeout', a11yScript())
  run(document, { addEventListener: on }, localStorage, (fn: () => void) => fn())
  const fire = (type: string, event: unknown = {}) => listeners.get(type)?.forEach((f) => f(event))
  const choose = (name: string, value: string) => {
    for (const i of inputs) if (i.name === `${A11Y_PREFIX}${name}`) i.checked = i.value === value
    fire('change', { target: inputs.find((i) => i.name === `${A11Y_PREFIX}${name}` && i.checked) })
  }
  const checked = () =>
    Object.fromEntries(inputs.filter((i) => i.checked).map((i) => [i.name, i.value]))
  return { attrs, storage, inputs, fire, choose, checked }
}

describe('accessibility mode script', () => {
  it('applies the stored choice to <html> at once and to the radios when the page is parsed', () => {
    const page = fakePage(JSON.stringify({ size: 'large', scheme: 'dark', images: 'show' }))
    expect(Object.fromEntries(page.attrs)).toEqual({
      'data-a11y-size': 'large',
      'data-a11y-scheme': 'dark',
    })
    page.fire('DOMContentLoaded')
    expect(page.checked()).toEqual({
      'a11y-size': 'large',
      'a11y-scheme': 'dark',
      'a11y-images': 'show',
    })
  })

  it('remembers a change and clears the attribute of a setting set back to its default', () => {
    const page = fakePage()
    page.choose('images', 'hide')
    page.choose('size', 'xlarge')
    expect(page.attrs.get('data-a11y-images')).toBe('hide')
    expect(JSON.parse(page.storage.get(A11Y_STORAGE_KEY)!)).toEqual({
      size: 'xlarge',
      scheme: 'normal',
      images: 'hide',
    })
    page.choose('size', 'normal')
    expect(page.attrs.has('data-a11y-size')).toBe(false)
  })

  it('goes back to the normal version on the panel’s reset', () => {
    const page = fakePage(JSON.stringify({ size: 'large' }))
    page.fire('DOMContentLoaded')
    for (const i of page.inputs) i.checked = i === page.inputs.find((x) => x.name === i.name)
    page.fire('reset', {
      target: { classList: { contains: (c: string) => c === A11Y_FORM_CLASS } },
    })
    expect(page.attrs.size).toBe(0)
    expect(JSON.parse(page.storage.get(A11Y_STORAGE_KEY)!).size).toBe('normal')
  })

  it('ignores unknown values, broken JSON, other inputs and a storage that throws', () => {
    expect(fakePage(JSON.stringify({ size: 'huge', scheme: 42 })).attrs.size).toBe(0)
    expect(fakePage('{not json').attrs.size).toBe(0)
    const page = fakePage()
    page.fire('change', { target: { name: 'q', value: 'x' } })
    expect(page.storage.size).toBe(0)
    const locked = fakePage(undefined, true)
    locked.choose('scheme', 'light')
    expect(locked.attrs.get('data-a11y-scheme')).toBe('light')
  })

  it('re-reads the choice when the page comes back from the back-forward cache', () => {
    const page = fakePage()
    page.storage.set(A11Y_STORAGE_KEY, JSON.stringify({ scheme: 'light' }))
    page.fire('pageshow', { persisted: true })
    expect(page.attrs.get('data-a11y-scheme')).toBe('light')
    expect(page.checked()['a11y-scheme']).toBe('light')
  })
})

describe('accessibility mode styles', () => {
  const css = readFileSync(new URL('../../site/src/styles/a11y.css', import.meta.url), 'utf8')

  it('styles every non-default option by attribute and, without script, by the checked radio', () => {
    for (const setting of A11Y_SETTINGS) {
      for (const option of setting.options.slice(1)) {
        const id = `${setting.name}=${option.value}`
        expect(css, id).toContain(`[data-a11y-${setting.name}='${option.value}']`)
        expect(css, id).toContain(
          `:has(input[name='a11y-${setting.name}'][value='${option.value}']:checked)`,
        )
      }
    }
  })

  /** The custom properties a colour scheme's rule sets, by name without the dashes. */
  const schemeColors = (scheme: string): Record<string, string> => {
    const rule = new RegExp(`\\[data-a11y-scheme='${scheme}'\\][^{]*\\{([^}]*)\\}`).exec(css)
    expect(rule, scheme).not.toBeNull()
    return Object.fromEntries(
      [...rule![1]!.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]+)/gi)].map((m) => [m[1], m[2]]),
    )
  }
  const ratio = (a: string | undefined, b: string | undefined) =>
    contrastRatio(parseHex(a ?? '')!, parseHex(b ?? '')!)

  it('gives both colour schemes every colour, with AA contrast for text and focus', () => {
    for (const scheme of ['light', 'dark']) {
      const c = schemeColors(scheme)
      expect(Object.keys(c).sort(), scheme).toEqual(
        [
          'accent',
          'accent-contrast',
          'border',
          'focus',
          'link',
          'muted',
          'primary',
          'primary-contrast',
          'surface',
          'surface-alt',
          'text',
        ].sort(),
      )
      for (const fg of ['text', 'muted', 'link', 'accent']) {
        for (const bg of ['surface', 'surface-alt'])
          expect(ratio(c[fg], c[bg]), `${scheme}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(7)
      }
      expect(ratio(c['primary-contrast'], c.primary)).toBeGreaterThanOrEqual(7)
      expect(ratio(c['accent-contrast'], c.accent)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT)
      // A focus ring is a non-text indicator: 3:1 against the surface (WCAG 1.4.11).
      expect(ratio(c.focus, c.surface), scheme).toBeGreaterThanOrEqual(3)
    }
  })

  it('follows the system contrast preferences too', () => {
    expect(css).toContain('@media (prefers-contrast: more)')
    expect(css).toContain('@media (forced-colors: active)')
  })
})
