import { loadavg } from 'node:os'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, chromiumPath } from '../../config/chromium'
import { COMPILING } from '../lib/adminServer'
import { percentile } from '../load/latencyStats'
import { documentRoute, menuRoutes, signIn, visit, type Visit } from './adminRouteVisits'
import { startBenchDemoAdmin } from './benchDemoAdmin'

/** Warm visits of every route after its first one. */
const WARM_ROUNDS = 5
/** The bar (19): every admin route opens in under 2 s on a warm `npm start`. */
const TARGET_MS = 2000

const isList = (route: string) => /^\/admin\/collections\/[^/?]+$/.test(route)
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    0.5,
  )
const warmMedian = (visits: Visit[]) => median(visits.map((v) => v.load))

/** min / median / p95 / max of samples, padded for the table. */
function spread(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b)
  return [sorted[0]!, percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.at(-1)!]
    .map((ms) => String(ms).padStart(6))
    .join('')
}

/**
 * `npm run bench admin-routes`: the admin as `npm start` serves it (the production build under
 * `next start`, on the demo federation) opened by the platform administrator in Chromium — every
 * route of the menu, each collection's list and first document, «Входящие» of a ППО, the
 * account — once cold (its first visit since the server started), then WARM_ROUNDS times warm;
 * per route min / median / p95 / max to the load event and the server's first byte, and whether
 * the server compiled anything on demand (it must not: nothing compiles in a production build).
 */
export async function adminRoutesBench(): Promise<void> {
  console.log(`\nadmin-routes: the production admin (next start) on the demo; load ${load()}`)
  const admin = await startBenchDemoAdmin((line) => console.log(`  ${line}`))
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
  try {
    const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await signIn(page, admin.adminUrl)
    const routes: string[] = []
    const cold = new Map<string, Visit>()
    const first = async (route: string) => {
      if (cold.has(route)) return
      cold.set(route, await visit(page, admin.adminUrl, route))
      routes.push(route)
    }
    for (const route of await menuRoutes(page, admin.adminUrl)) {
      await first(route)
      const document = isList(route) ? await documentRoute(page, route) : undefined
      if (document) await first(document)
    }
    const warm = new Map<string, Visit[]>(routes.map((route) => [route, []]))
    for (let round = 0; round < WARM_ROUNDS; round++)
      for (const route of routes) warm.get(route)!.push(await visit(page, admin.adminUrl, route))

    console.log(
      `\n  ms to the load event; (server) = to the server's first byte. ${routes.length} routes, ` +
        `first visit, then ${WARM_ROUNDS} warm visits: min median p95 max; load ${load()}`,
    )
    console.log(`  ${'first'.padStart(12)}  ${'warm load'.padEnd(24)}  ${'warm server'.padEnd(24)}`)
    for (const route of routes) {
      const c = cold.get(route)!
      const w = warm.get(route)!
      const over = warmMedian(w) >= TARGET_MS
      console.log(
        `  ${String(c.load).padStart(6)} (${String(c.server).padStart(4)}) ` +
          `${spread(w.map((v) => v.load))} ${spread(w.map((v) => v.server))}  ${over ? '✗ ' : ''}${route}`,
      )
    }
    const all = [...warm.values()].flat()
    const loads = all.map((v) => v.load).sort((a, b) => a - b)
    const slow = routes.filter((route) => warmMedian(warm.get(route)!) >= TARGET_MS)
    console.log(
      `  every warm visit (${loads.length}): min ${loads[0]} median ${percentile(loads, 0.5)} ` +
        `p95 ${percentile(loads, 0.95)} max ${loads.at(-1)} ms; ` +
        `routes with a warm median of ${TARGET_MS} ms or more: ${slow.length ? slow.join(', ') : 'none'}`,
    )
    const compiled = admin
      .output()
      .split('\n')
      .filter((line) => COMPILING.test(line))
    console.log(
      `  compiled on demand: ${compiled.length ? compiled.join(' | ') : 'nothing'}; ` +
        `page errors: ${pageErrors.length ? pageErrors.join(' | ') : 'none'}`,
    )
  } finally {
    await browser.close()
    await admin.stop()
  }
}
