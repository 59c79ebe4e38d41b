import { siteRoutes } from '../routes'
import { chrome, chromeOnly, type RoutePlan, type SiteProps } from './routePlan'

/**
 * The feedback form, its confirmation and the personal-data policy (issue 16). The form and the
 * confirmation show the chrome only (the org's id and name are in it; the topics are code, which
 * the renderer's key covers). The policy also shows the org's own text, kept out of the chrome so
 * that editing it re-renders this page only.
 */
export const FEEDBACK_PLANS: RoutePlan[] = [
  { route: '/[...site]/feedback', type: 'page', entries: siteRoutes, inputs: chromeOnly },
  { route: '/[...site]/feedback/sent', type: 'page', entries: siteRoutes, inputs: chromeOnly },
  {
    route: '/[...site]/privacy',
    type: 'page',
    entries: siteRoutes,
    inputs: ({ site }: SiteProps) => [chrome(site), site.snapshot.privacyPolicy ?? null],
  },
]
