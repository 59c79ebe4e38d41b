import type { PlannedPage } from '../../site/src/data/pagePlan'
import type { SiteData } from '../../site/src/data/site'
import type { Snapshot } from '../../domain/contract/snapshot'
import { ensureRendererBuild, type RendererBuild } from './rendererBuild'

interface RouteData {
  route: string
}

/** The exports of site/src/renderer/entry.ts, as built. */
interface RendererModule {
  app: {
    getManifest(): {
      routes: { routeData: RouteData }[]
      pageMap?: Map<string, () => Promise<unknown>>
    }
    render(request: Request, options: { routeData: RouteData; locals: object }): Promise<Response>
  }
  planPages(sites: SiteData[]): PlannedPage[]
  PAGE_PROPS: string
  toSiteData(snapshot: Snapshot, source: string): SiteData
  parseSnapshot(json: unknown, source: string): Snapshot
}

/**
 * A long-lived Astro renderer: the site built for server output and imported into the worker,
 * rendering any page of any site in about a millisecond with the bytes the static build writes
 * (tests/int/publishSites.int.spec.ts compares them). It replaces a 2–5 s `astro build` per
 * publish.
 */
export class SiteRenderer {
  private readonly routes: Map<string, RouteData>

  private constructor(
    readonly build: RendererBuild,
    private readonly mod: RendererModule,
  ) {
    const manifest = mod.app.getManifest()
    this.routes = new Map(manifest.routes.map((r) => [r.routeData.route, r.routeData]))
    // Astro imports a page's module on every render; a dynamic import() of a loaded module still
    // runs the loader's resolve hooks (tsx's among them): ~0.3 ms a page. Loaded once here.
    for (const [component, load] of manifest.pageMap ?? []) {
      let loaded: Promise<unknown> | undefined
      manifest.pageMap!.set(component, () => (loaded ??= load()))
    }
  }

  static async open(): Promise<SiteRenderer> {
    const build = await ensureRendererBuild()
    const mod = (await import(build.entry)) as RendererModule
    return new SiteRenderer(build, mod)
  }

  /** Validates a snapshot with the site's own schema (throws naming the org and field). */
  siteData(snapshot: unknown, source: string): SiteData {
    return this.mod.toSiteData(this.mod.parseSnapshot(snapshot, source), source)
  }

  /** Every file of these sites, each keyed by its inputs and this renderer's code. */
  plan(sites: SiteData[]): PlannedPage[] {
    return this.mod.planPages(sites).map((page) => {
      if (!this.routes.has(page.route)) {
        throw new Error(`renderer: route ${page.route} is planned but not built`)
      }
      return { ...page, key: `${this.build.id}:${page.key}` }
    })
  }

  async render(page: PlannedPage): Promise<Buffer> {
    const response = await this.mod.app.render(new Request(`http://renderer${page.pathname}`), {
      routeData: this.routes.get(page.route)!,
      locals: { [this.mod.PAGE_PROPS]: page.props },
    })
    if (response.status !== 200) {
      throw new Error(`renderer: ${page.pathname} answered ${response.status}`)
    }
    return Buffer.from(await response.arrayBuffer())
  }
}
