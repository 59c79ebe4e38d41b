import { createApp } from 'astro/app/entrypoint'

/**
 * What the publishing worker imports from the built renderer. The planning and snapshot code
 * comes from the same bundle as the pages, so the worker never mixes two versions of it.
 */
// Not streamed: every page is written whole to a file, and streaming encoded each small chunk
// separately (a quarter of the worker's rendering time went to encoding and its garbage).
export const app = createApp({ streaming: false })
export { planPages } from '../data/pagePlan'
export { PAGE_PROPS } from '../data/pageProps'
export { toSiteData } from '../data/site'
export { parseSnapshot } from '../../../domain/contract/snapshot'
