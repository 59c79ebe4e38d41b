import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { demo } from './helpers/demo'

/**
 * The attack on the running demo: an editor uploads a valid PNG named `x.html` (or any file a
 * browser would render) and sends the federation's editor its /media/ link; the script in it ran
 * on the federation's origin. Now uploads are an allow-list served with nosniff and their own
 * sandboxing CSP, and every page's CSP allows no script but the accessibility one.
 */
const FEDERATION = 'localhost'
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const SCRIPT = '<script>window.__pwned = 1; document.title = "pwned"</script>'
const PLANTED: Record<string, Buffer> = {
  'x.html': Buffer.concat([PNG, Buffer.from(SCRIPT)]),
  'x.htm': Buffer.from(`<!DOCTYPE html><title>x</title>${SCRIPT}`),
  'evil.png': Buffer.concat([PNG, Buffer.from(SCRIPT)]),
  'x.svg': Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg"><script>window.__pwned = 1</script></svg>`,
  ),
}

/** Every CSP violation the page reports, as events (from the first script on) and console lines. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text())
  })
  await page.exposeFunction('__reportViolation', (line: string) => seen.push(line))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation(l: string): void }).__reportViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI} on ${location.href}`)
    })
  })
  return seen
}

const ran = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned === 1)

test.describe('uploads on a site origin', () => {
  const folder = 'e2e-xss'
  test.beforeAll(() => {
    const dir = path.join(demo.mediaDir(), folder)
    mkdirSync(dir, { recursive: true })
    for (const [name, bytes] of Object.entries(PLANTED)) writeFileSync(path.join(dir, name), bytes)
  })

  for (const name of Object.keys(PLANTED)) {
    test(`a planted /media/${folder}/${name} runs no script on the federation's origin`, async ({
      page,
    }) => {
      const response = await page.goto(demo.url(FEDERATION, `/media/${folder}/${name}`))
      await page.waitForTimeout(200)
      expect(await ran(page)).toBe(false)
      expect(await page.title()).not.toBe('pwned')
      expect(response?.headers()['x-content-type-options']).toBe('nosniff')
      expect(response?.headers()['content-security-policy']).toMatch(/script-src|sandbox/)
      if (name !== 'evil.png') expect(response?.status()).toBe(404)
    })
  }

  test('a document from the documents page is downloaded, not opened on the site', async ({
    page,
  }) => {
    await page.goto(demo.url('shkola-1234.localhost', '/documents/'))
    const link = page.locator('main a[href*="/media/"][href$=".pdf"]').first()
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    expect(await download.failure()).toBeNull()
  })
})

const PAGES: [host: string, path: string][] = [
  [FEDERATION, '/'],
  [FEDERATION, '/news/'],
  ['mfp.localhost', '/o-nas/'],
  ['shkola-1234.localhost', '/'],
  ['shkola-1234.localhost', '/documents/'],
  ['shkola-1234.localhost', '/contacts/'],
  ['shkola-1234.localhost', '/structure/'],
  ['shkola-1234.localhost', '/no-such-page/'],
  ['obr-moskva.localhost', '/org/shkola-1567/'],
  ['nope.localhost', '/'],
]

test('the demo pages raise no CSP violation, and the CSP does refuse an injected script', async ({
  page,
}) => {
  const violations = await watchViolations(page)
  for (const [host, urlPath] of PAGES) {
    const response = await page.goto(demo.url(host, urlPath))
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp, host + urlPath).toContain("frame-ancestors 'none'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  }
  // The accessibility script is inline and allowed by its hash: it applies a stored choice.
  await page.goto(demo.url('shkola-1234.localhost', '/news/'))
  await page.evaluate(() => localStorage.setItem('union-sites-a11y', '{"scheme":"dark"}'))
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-a11y-scheme', 'dark')
  await page.waitForLoadState('load')
  expect(violations).toEqual([])

  // What an XSS would do: an inline script and an inline handler. Both refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__pwned = 1'
    document.body.append(script)
    const img = document.createElement('img')
    img.setAttribute('onerror', 'window.__pwned = 1')
    img.src = '/media/none.png'
    document.body.append(img)
  })
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2)
  expect(await ran(page)).toBe(false)
})
