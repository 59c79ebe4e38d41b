import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { apiClient } from '../apiClient'

export interface PrivacyTransitionContext {
  payload: Payload
  /** The ППО whose policy its upper org's admin edits. */
  org: () => string | number
  login: { email: string; password: string }
  drain: () => Promise<void>
  /** The whole HTML of a path of the ППО's site. */
  html: (sitePath: string) => Promise<string>
}

/**
 * The personal-data policy page (issue 16): the org's own text replaces the generated one and,
 * cleared, the generated one comes back. The spec's final clean-build comparison checks that
 * the incremental publish left every page as a full build makes it.
 */
export function describePrivacyTransitions(context: () => PrivacyTransitionContext): void {
  describe("the org's personal-data policy reaches its /privacy/ page", () => {
    it('its own text replaces the generated one, and clearing it brings the default back', async () => {
      const { payload, org, login, drain, html } = context()
      const api = apiClient(payload)
      const token = await api.login(login.email, login.password)
      expect(await html('/privacy/')).toContain('Оператор персональных данных — ')
      const own = 'Наша политика обработки персональных данных (переход).'
      const set = await api.rest('PATCH', `/organizations/${org()}?depth=0`, {
        token,
        body: { privacyPolicy: `${own}\n\nВторой абзац <b>не тег</b>.` },
      })
      expect(set.status).toBe(200)
      await drain()
      const page = await html('/privacy/')
      expect(page).toContain(`<p>${own}</p>`)
      expect(page).toContain('<p>Второй абзац &lt;b&gt;не тег&lt;/b&gt;.</p>')
      expect(page).not.toContain('Оператор персональных данных — ')
      const cleared = await api.rest('PATCH', `/organizations/${org()}?depth=0`, {
        token,
        body: { privacyPolicy: '' },
      })
      expect(cleared.status).toBe(200)
      await drain()
      expect(await html('/privacy/')).toContain('Оператор персональных данных — ')
    })
  })
}
