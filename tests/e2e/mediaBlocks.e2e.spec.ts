import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { axeViolations } from './helpers/axe'
import { demo } from './helpers/demo'

/**
 * The demo's photo report (content/demo/posts/ppo-mine-rassvet/fotoreportazh-den-okhrany-truda.md):
 * an image and a gallery in the text load from the site itself, the gallery opens with and
 * without JavaScript, and the video host hears nothing until the reader clicks the poster. The
 * video hosts are answered here (no internet in tests) and every request to them is counted.
 */
const HOST = 'shakhta-rassvet.localhost'
const ARTICLE = '/news/fotoreportazh-den-okhrany-truda/'
const VIDEO_HOSTS =
  /^https?:\/\/([a-z0-9-]+\.)*(rutube\.ru|vkvideo\.ru|vk\.com|vk\.ru|youtube-nocookie\.com|youtube\.com|youtu\.be|ytimg\.com|googlevideo\.com)(:\d+)?\//

/** Answers the video hosts with an empty player page; returns the URLs they were asked for. */
async function fakeVideoHosts(context: BrowserContext): Promise<string[]> {
  const asked: string[] = []
  await context.route(VIDEO_HOSTS, (route) => {
    asked.push(route.request().url())
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Плеер</title><p>Плеер</p>',
    })
  })
  return asked
}

/** Every URL the page requests. */
function requests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request) => seen.push(request.url()))
  return seen
}

/** Scrolls each image of the text (outside the closed overlays) into view; true once all loaded. */
async function textImagesLoaded(page: Page): Promise<boolean> {
  const images = page.locator('.prose img:not(.rt-lightbox img)')
  for (const image of await images.all()) await image.scrollIntoViewIfNeeded()
  return images.evaluateAll((list) =>
    list.every(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    ),
  )
}

const openBox = (page: Page) => page.locator('.rt-lightbox:target')

test.describe('photo report and video in an article', () => {
  test('loads the image and the gallery from the site, and nothing from the CMS or the video host', async ({
    page,
    context,
  }) => {
    const asked = await fakeVideoHosts(context)
    const seen = requests(page)
    await page.goto(demo.url(HOST, ARTICLE))
    await expect(page.locator('.prose .rt-figure img')).toHaveCount(1)
    await expect(page.locator('.rt-gallery__open img')).toHaveCount(3)
    await expect.poll(() => textImagesLoaded(page)).toBe(true)
    const origin = new URL(page.url()).origin
    const foreign = seen.filter((url) => new URL(url).origin !== origin)
    expect(foreign).toEqual([])
    expect(seen.filter((url) => /\/api\//.test(new URL(url).pathname))).toEqual([])
    // The text's images come in the sizes made at upload, never the original file.
    for (const src of await page
      .locator('.prose img')
      .evaluateAll((l) => l.map((i) => (i as HTMLImageElement).currentSrc)))
      if (src) expect(src).toMatch(/\/media\/images\/[^/]+-\d+x\d+\.webp$/)
    expect(asked).toEqual([])
  })

  test('starts the video only after a click on the poster', async ({ page, context }) => {
    const asked = await fakeVideoHosts(context)
    await page.goto(demo.url(HOST, ARTICLE))
    const play = page.getByRole('link', { name: /^Смотреть видео: День охраны труда/ })
    await play.scrollIntoViewIfNeeded()
    await page.waitForTimeout(500)
    expect(asked).toEqual([])
    await expect(page.locator('iframe')).toHaveCount(0)
    await play.click()
    const frame = page.locator('.rt-video iframe')
    await expect(frame).toHaveAttribute('src', /^https:\/\/rutube\.ru\/play\/embed\/[0-9a-f]{32}$/)
    await expect(frame).toHaveAttribute('title', /Видео: День охраны труда/)
    await expect.poll(() => asked.length).toBeGreaterThan(0)
    expect(asked[0]).toMatch(/^https:\/\/rutube\.ru\/play\/embed\//)
    await expect(page.frameLocator('.rt-video iframe').locator('p')).toHaveText('Плеер')
  })

  test('opens a photo large on click, moves with the arrow keys and closes with Escape', async ({
    page,
    context,
  }) => {
    await fakeVideoHosts(context)
    await page.goto(demo.url(HOST, ARTICLE))
    await page.locator('.rt-gallery__open').first().click()
    await expect(openBox(page)).toHaveAttribute('aria-label', 'Фото 1 из 3')
    await expect(openBox(page).locator('.rt-lightbox__close')).toBeFocused()
    await expect
      .poll(() =>
        openBox(page)
          .locator('img')
          .evaluate((i) => (i as HTMLImageElement).naturalWidth),
      )
      .toBeGreaterThan(0)
    expect(
      await page.evaluate(
        () => document.querySelector('.rt-lightbox:target figcaption')?.textContent,
      ),
    ).toBe('Конвейерная линия: здесь нужны новые ограждения')
    expect(await axeViolations(page)).toEqual([])
    // Tab goes round the open photo's links, not to the page it covers.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      expect(
        await page.evaluate(() => !!document.activeElement?.closest('.rt-lightbox:target')),
      ).toBe(true)
    }
    await page.keyboard.press('ArrowRight')
    await expect(openBox(page)).toHaveAttribute('aria-label', 'Фото 2 из 3')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await expect(openBox(page)).toHaveAttribute('aria-label', 'Фото 3 из 3')
    await page.keyboard.press('Escape')
    await expect(openBox(page)).toHaveCount(0)
    await expect(page.locator('#rt-gallery-1-3-open')).toBeFocused()
  })

  test('passes axe with 0 violations', async ({ page, context }) => {
    await fakeVideoHosts(context)
    await page.goto(demo.url(HOST, ARTICLE))
    expect(await axeViolations(page)).toEqual([])
  })
})

test.describe('photo report and video without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('opens, pages through and closes the gallery with the keyboard', async ({
    page,
    context,
  }) => {
    const asked = await fakeVideoHosts(context)
    await page.goto(demo.url(HOST, ARTICLE))
    await expect(openBox(page)).toHaveCount(0)
    await page.locator('.rt-gallery__open').first().focus()
    await page.keyboard.press('Enter')
    await expect(openBox(page)).toHaveAttribute('aria-label', 'Фото 1 из 3')
    await expect(openBox(page)).toBeVisible()
    await expect
      .poll(() =>
        openBox(page)
          .locator('img')
          .evaluate((i) => (i as HTMLImageElement).naturalWidth),
      )
      .toBeGreaterThan(0)
    await openBox(page).getByRole('link', { name: 'Следующее' }).click()
    await expect(openBox(page)).toHaveAttribute('aria-label', 'Фото 2 из 3')
    await openBox(page).getByRole('link', { name: 'Закрыть' }).click()
    await expect(openBox(page)).toHaveCount(0)
    await expect(page.locator('.rt-lightbox').first()).toBeHidden()
    // The video is a link to its page on the host; nothing was asked of the host.
    await expect(page.getByRole('link', { name: /^Смотреть видео:/ })).toHaveAttribute(
      'href',
      /^https:\/\/rutube\.ru\/video\/[0-9a-f]{32}\/$/,
    )
    expect(asked).toEqual([])
  })
})
