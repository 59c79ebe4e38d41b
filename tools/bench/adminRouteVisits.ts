import type { Page } from 'playwright-core'

/** The demo's platform administrator (content/demo/users.json): every route is open to him. */
const ADMIN = { email: 'admin@union-sites.local', password: 'demo-admin-2026' }
/** A ППО of the demo with items from above, for «Входящие». */
const PPO_SLUG = 'shakhta-zarechnaya'

export interface Visit {
  /** Milliseconds from the navigation to the page's load event. */
  load: number
  /** Of which until the server's first byte (the render on the server). */
  server: number
}

/** Signs in on the admin's login form and waits for the dashboard. */
export async function signIn(page: Page, adminUrl: string): Promise<void> {
  await page.goto(`${adminUrl}/login`)
  // Pressed before the form has hydrated, «Войти» does nothing: its scripts are in when idle.
  await page.waitForLoadState('networkidle')
  await page.locator('#field-email').fill(ADMIN.email)
  await page.locator('#field-password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Войти' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
}

/**
 * Opens a route and times it. Throws unless it is the admin's own page: a 200, still signed in
 * (no redirect to the login form), the admin's template (not Next's error page).
 */
export async function visit(page: Page, adminUrl: string, route: string): Promise<Visit> {
  const started = performance.now()
  const response = await page.goto(new URL(route, adminUrl).href, { waitUntil: 'load' })
  const load = Math.round(performance.now() - started)
  if (response?.status() !== 200) throw new Error(`${route}: status ${response?.status()}`)
  if (/\/login$/.test(new URL(page.url()).pathname)) throw new Error(`${route}: signed out`)
  await page.locator('.template-default').waitFor({ timeout: 30_000 })
  return { load, server: Math.round(response.request().timing().responseStart) }
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))

/**
 * Every route an editor reaches from the menu, found on the open dashboard: the menu's links
 * (collections and the custom views), «Входящие» of a ППО, the account page. Collections'
 * documents are found on their lists (documentRoute).
 */
export async function menuRoutes(page: Page, adminUrl: string): Promise<string[]> {
  const menu = (await hrefs(page, 'nav a[href^="/admin/"]')).filter(
    (href) => href !== '/admin/logout',
  )
  const api = adminUrl.replace(/\/admin$/, '/api')
  const ppo = await page.request.get(
    `${api}/organizations?where[slug][equals]=${PPO_SLUG}&depth=0&limit=1&select[id]=true`,
  )
  const ppoId = ((await ppo.json()) as { docs: { id: number }[] }).docs[0]?.id
  if (ppoId === undefined) throw new Error(`the demo has no org ${PPO_SLUG}`)
  return ['/admin', ...new Set(menu), `/admin/incoming?org=${ppoId}`, '/admin/account']
}

/** On an open collection list: its first document as its row links to it, else its create form. */
export async function documentRoute(page: Page, list: string): Promise<string | undefined> {
  const base = `${list}/`
  const documents = (await hrefs(page, `a[href^="${base}"]`)).filter((href) =>
    /^[^/?]+$/.test(href.slice(base.length)),
  )
  return documents.find((href) => !href.endsWith('/create')) ?? documents[0]
}
