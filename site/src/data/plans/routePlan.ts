import { siteInputs } from '../pageInputs'
import type { SiteData } from '../site'

/** One getStaticPaths entry: the route's params and the props its page renders. */
export interface Entry {
  params: Record<string, string | undefined>
  props: object
}

/** A route of src/pages: its entries (the same functions getStaticPaths uses) and page inputs. */
export interface RoutePlan {
  route: string
  type: 'page' | 'endpoint'
  entries: (sites: SiteData[]) => Entry[]
  /** Every input of one page, as digests of site parts plus the page's own props. */
  inputs: (props: never) => unknown
}

export type SiteProps = { site: SiteData }

/** What every page of a site shows (identity, menu, structure links, theme). */
export const chrome = (site: SiteData) => siteInputs(site).chrome

/** Pages that show the chrome and one more part of the site. */
export const chromeAnd =
  (part: 'home' | 'feed' | 'documents') =>
  ({ site }: SiteProps) => [chrome(site), siteInputs(site)[part]]

export const chromeOnly = ({ site }: SiteProps) => chrome(site)
