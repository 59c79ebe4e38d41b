import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'
import { OWN_NEWS_SEGMENT } from '../../domain/contract/siteUrls'
import { serveDemoSites, type ServedDemo } from '../demo/servedDemo'
import { auditPage, CATEGORIES, TARGET, type AuditResult } from './audit'
import { launchChromium } from './chromium'

/** The newest article of the host: the first one its news list links to, read from the build. */
function newestArticle(outDir: string, host: string): string {
  const list = path.join(outDir, host, 'news', 'index.html')
  if (!existsSync(list)) throw new Error(`${host} has no news list in ${outDir}`)
  // Not a list: further pages, rubrics, «Наши новости» (/news/own/).
  const article = new RegExp(`href="(/news/(?!page/|rubric/|${OWN_NEWS_SEGMENT}/)[^/"]+/)"`)
  const href = article.exec(readFileSync(list, 'utf8'))?.[1]
  if (!href) throw new Error(`${list} links to no article`)
  return href
}

/** The scores as a table, a row per page. */
function printScores(results: AuditResult[]): void {
  const width = Math.max(...results.map((r) => r.url.length)) + 2
  const row = (first: string, cells: string[]) =>
    `${first.padEnd(width)}${cells.map((c) => c.padStart(16)).join('')}`
  console.log(`\n${row('page', [...CATEGORIES])}`)
  for (const r of results)
    console.log(
      row(
        r.url,
        CATEGORIES.map((c) => String(r.scores[c])),
      ),
    )
}

/**
 * `npm run lighthouse`: audits the host's home page and newest article, on a preview server
 * already running on `port`, or (without it) on the demo built from a fresh database and served
 * on a free port. Prints the scores and what keeps a category below its target; resolves to the
 * exit code (1 when any is below).
 */
export async function runLighthouse(options: {
  host: string
  port?: number
  outDir?: string
  desktop: boolean
}): Promise<number> {
  let served: ServedDemo | undefined
  let port: number
  let outDir: string
  if (options.port !== undefined) {
    port = options.port
    outDir = path.resolve(options.outDir ?? path.join(PROJECT_ROOT, 'dist', 'sites'))
  } else {
    console.log('Building the demo sites from a fresh database …')
    served = await serveDemoSites((line) => console.log(`  ${line}`))
    port = served.server.port
    outDir = served.demo.outDir
  }
  const { host } = options
  const urls = [`http://${host}:${port}/`, `http://${host}:${port}${newestArticle(outDir, host)}`]

  const chromium = await launchChromium()
  const results: AuditResult[] = []
  try {
    for (const url of urls) {
      console.log(`Lighthouse (${options.desktop ? 'desktop' : 'mobile'}): ${url}`)
      results.push(await auditPage(url, chromium.port, options.desktop))
    }
  } finally {
    chromium.close()
    await served?.close()
  }

  printScores(results)
  const misses = results.flatMap((r) => r.misses.map((m) => `  ${new URL(r.url).pathname} ${m}`))
  if (misses.length > 0) {
    const targets = CATEGORIES.map((c) => `${c} ${TARGET[c]}`).join(', ')
    console.error(`\nBelow target (${targets}):\n${misses.join('\n')}`)
    return 1
  }
  console.log('\n✔ Every category at its target.')
  return 0
}
