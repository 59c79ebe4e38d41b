import type { Browser } from 'playwright-core'
import type { Snapshot } from '../../domain/contract/snapshot'
import { weekLabel, type IsoWeek } from '../../domain/stand/isoWeek'
import type { PlannedPage } from '../../site/src/data/pagePlan'
import type { StandProps } from '../../site/src/data/plans/standPlans'
import { standSheet } from '../../site/src/lib/standSheet'
import type { SiteRenderer } from '../render/siteRenderer'
import { printStandPdf } from './standPdf'
import { routeFromFolders } from './standRoute'

const PRINT_ROUTE = '/[...site]/stand/[week]'

/**
 * The print page of ANY week of a site, rendered on demand by the long-lived renderer with the
 * props the static page gets for the latest week (only that one is published: a page per week
 * of every site would multiply the sites' files).
 */
export async function renderStandPage(
  renderer: SiteRenderer,
  snapshot: Snapshot,
  week: IsoWeek,
): Promise<{ pathname: string; html: Buffer }> {
  const site = renderer.siteData(snapshot, `stand:${snapshot.org.key}`)
  const label = weekLabel(week)
  const pathname = `/${site.prefix}/stand/${label}/`
  const props: StandProps = { site, stand: standSheet(site, week) }
  const page: PlannedPage = {
    route: PRINT_ROUTE,
    type: 'page',
    pathname,
    file: `${pathname.slice(1)}index.html`,
    props,
    key: '',
  }
  return { pathname, html: await renderer.render(page) }
}

/** One week's stand of one site as a PDF (the admin's «Стенд на неделю», the Monday mail). */
export async function printStandWeek(
  browser: Browser,
  renderer: SiteRenderer,
  snapshot: Snapshot,
  week: IsoWeek,
): Promise<Buffer> {
  const { pathname, html } = await renderStandPage(renderer, snapshot, week)
  const url = `http://${pathname.slice(1)}`
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    // The renderer's own stylesheet and fonts: exactly the files its HTML names.
    await routeFromFolders(page, { assets: renderer.build.assets })
    // Registered last, so it is asked first: the page itself comes from the renderer.
    await page.route(url, (route) =>
      route.fulfill({ status: 200, body: html, contentType: 'text/html; charset=utf-8' }),
    )
    return await printStandPdf(page, url)
  } finally {
    await context.close()
  }
}
