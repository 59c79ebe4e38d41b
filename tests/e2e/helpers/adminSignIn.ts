import type { Page } from '@playwright/test'

export interface Login {
  email: string
  password: string
}

/** The demo's accounts the admin specs sign in with (content/demo/users.json). */
export const DEMO_LOGINS = {
  platformAdmin: { email: 'admin@union-sites.local', password: 'demo-admin-2026' },
  federationEditor: { email: 'press@fnpr.demo', password: 'demo-editor-2026' },
  terkomAdmin: { email: 'admin@kuzbass-coal.demo', password: 'demo-terkom-2026' },
  ppoEditor: { email: 'editor@school-1234.demo', password: 'demo-ppo-2026' },
} as const satisfies Record<string, Login>

/**
 * Signs `who` in on the admin's login form in `page` and waits for the dashboard. The first
 * request of a route compiles it under `next dev`: minutes on a busy machine, hence the waits.
 */
export async function signIn(page: Page, adminUrl: string, who: Login): Promise<void> {
  await page.goto(`${adminUrl}/login`)
  const email = page.locator('#field-email')
  await email.waitFor({ timeout: 300_000 })
  // The form is rendered on the server: pressed before its script has loaded and hydrated it,
  // «Войти» does nothing (seen at a load of 20 on two cores). The scripts are in once the
  // network is idle.
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
  await email.fill(who.email)
  await page.locator('#field-password').fill(who.password)
  await page.getByRole('button', { name: 'Войти' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 300_000 })
}
