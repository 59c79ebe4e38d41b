import { siteRoutes } from '../routes'
import { chromeOnly, type RoutePlan } from './routePlan'

/**
 * The e-mail subscription form and its «check your mail» page (issue 17): the chrome only (the
 * org's id and name are in it; the texts are code, which the renderer's key covers). The
 * confirm, unsubscribe and preferences pages are the CMS's answers, not built pages.
 */
export const SUBSCRIBE_PLANS: RoutePlan[] = [
  { route: '/[...site]/subscribe', type: 'page', entries: siteRoutes, inputs: chromeOnly },
  { route: '/[...site]/subscribe/sent', type: 'page', entries: siteRoutes, inputs: chromeOnly },
]
