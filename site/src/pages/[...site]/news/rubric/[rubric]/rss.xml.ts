/** A rubric's RSS 2.0 feed: <prefix>/news/rubric/<slug>/rss.xml. */
import { pageProps } from '../../../../../data/pageProps'
import type { APIRoute } from 'astro'
import { staticPaths } from '../../../../../data/staticPaths'
import { rubricFeedRoutes } from '../../../../../data/routes'
import type { SiteData } from '../../../../../data/site'
import { feedModel } from '../../../../../lib/feedModel'
import { textResponse } from '../../../../../lib/responses'
import { buildRss } from '../../../../../lib/rss'
import type { Category } from '../../../../../../../domain/contract/snapshot'

export const getStaticPaths = staticPaths(rubricFeedRoutes)

export const GET: APIRoute<{ site: SiteData; rubric: Category }> = (context) => {
  const props = pageProps<{ site: SiteData; rubric: Category }>(context)
  return textResponse(buildRss(feedModel(props.site.snapshot, props.rubric)), 'rss')
}
