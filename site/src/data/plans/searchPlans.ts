import { siteRoutes } from '../routes'
import { searchScopeInputs } from '../../lib/searchScope'
import { chromeOnly, type RoutePlan, type SiteProps } from './routePlan'

/**
 * The search page (the chrome only: its results come from the indexes at run time) and the
 * scope file, rewritten when the received items change, not on every edit elsewhere.
 */
export const SEARCH_PLANS: RoutePlan[] = [
  { route: '/[...site]/search', type: 'page', entries: siteRoutes, inputs: chromeOnly },
  {
    route: '/[...site]/search-scope.json',
    type: 'endpoint',
    entries: siteRoutes,
    inputs: ({ site }: SiteProps) => searchScopeInputs(site),
  },
]
