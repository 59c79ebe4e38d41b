import { digest } from './pageInputs'
import type { SiteData } from './site'
import { HOST_PLANS } from './plans/hostPlans'
import { NEWS_PLANS } from './plans/newsPlans'
import { EVENT_PLANS } from './plans/eventPlans'
import { SEARCH_PLANS } from './plans/searchPlans'
import { FEEDBACK_PLANS } from './plans/feedbackPlans'
import { SUBSCRIBE_PLANS } from './plans/subscribePlans'
import { STAND_PLANS } from './plans/standPlans'
import type { Entry, RoutePlan } from './plans/routePlan'
import { SITE_PLANS, STATIC_PAGE_PLANS } from './plans/sitePlans'

/** One output file of a build: which route renders it, with what, and the key of its inputs. */
export interface PlannedPage {
  /** Astro's route pattern, e.g. `/[...site]/news/[slug]`. */
  route: string
  type: RoutePlan['type']
  /** The request path the route answers, e.g. `/mfp.localhost/news/x/`. */
  pathname: string
  /** The file under the output folder, e.g. `mfp.localhost/news/x/index.html`. */
  file: string
  props: object
  /** Changes whenever anything the page renders changes (the renderer adds its code's id). */
  key: string
}

/**
 * Every route of src/pages with the entries its getStaticPaths returns and the inputs of its
 * pages, one module per area (plans/). tests/site/built/renderer.ts fails on a route missing here.
 */
export const ROUTE_PLANS: RoutePlan[] = [
  ...HOST_PLANS,
  ...SITE_PLANS,
  ...NEWS_PLANS,
  ...STATIC_PAGE_PLANS,
  ...EVENT_PLANS,
  ...SEARCH_PLANS,
  ...FEEDBACK_PLANS,
  ...SUBSCRIBE_PLANS,
  ...STAND_PLANS,
]

/** `/[...site]/news/[slug]` with `{ site: 'a.localhost', slug: 'x' }` → `/a.localhost/news/x/`. */
export function pathnameOf(route: string, params: Entry['params'], type: PlannedPage['type']) {
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => params[name] ?? '')
  return type === 'page' ? `${filled.replace(/\/$/, '')}/` : filled
}

/** Every file of the given sites (all sites of each host they are on), as the static build makes them. */
export function planPages(sites: SiteData[]): PlannedPage[] {
  return ROUTE_PLANS.flatMap((plan) =>
    plan.entries(sites).map(({ params, props }) => {
      const pathname = pathnameOf(plan.route, params, plan.type)
      return {
        route: plan.route,
        type: plan.type,
        pathname,
        file: plan.type === 'page' ? `${pathname.slice(1)}index.html` : pathname.slice(1),
        props,
        key: digest([plan.route, (plan.inputs as (p: object) => unknown)(props)]),
      }
    }),
  )
}
