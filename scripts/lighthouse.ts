/**
 * Lighthouse scores of a demo home page and a demo article:
 *   npm run lighthouse [-- --host mfp.localhost] [--port 4321] [--desktop]
 * Without --port it seeds a fresh temporary database, builds the demo and serves it on a free
 * port (as the e2e suite does); with --port it audits a preview server already running there
 * (npm start). Prints the four category scores per page and what keeps a category below its
 * target (performance 95, the others 100); exits 1 if any is below. Not part of npm test.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../config/paths'
import { serveDemoSites, type ServedDemo } from '../tools/demo/servedDemo'
import { auditPage, CATEGORIES, TARGET, type AuditResult } from '../tools/lighthouse/audit'
import { launchChromium } from '../tools/lighthouse/chromium'

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: 'mfp.localhost' },
    port: { type: 'string' },
    'out-dir': { type: 'string' },
    desktop: { type: 'boolean', default: false },
  },
})

/** The newest article of the host: the first one its news list links to, read from the build. */
function newestArticle(outDir: string, host: string): string {
  const list = path.join(outDir, host, 'news', 'index.html')
  if (!existsSync(list)) throw new Error(`${host} has no news list in ${outDir}`)
  const href = /href="(\/news\/(?!page\/|rubric\/)[^/"]+\/)"/.exec(readFileSync(list, 'utf8'))?.[1]
  if (!href) throw new Error(`${list} links to no article`)
  return href
}

let served: ServedDemo | undefined
let port: number
let outDir: string
if (values.port) {
  port = Number(values.port)
  outDir = path.resolve(values['out-dir'] ?? path.join(PROJECT_ROOT, 'dist', 'sites'))
} else {
  console.log('Building the demo sites from a fresh database …')
  served = await serveDemoSites((line) => console.log(`  ${line}`))
  port = served.server.port
  outDir = served.demo.outDir
}
const host = values.host
const urls = [`http://${host}:${port}/`, `http://${host}:${port}${newestArticle(outDir, host)}`]

const chromium = await launchChromium()
const results: AuditResult[] = []
try {
  for (const url of urls) {
    console.log(`Lighthouse (${values.desktop ? 'desktop' : 'mobile'}): ${url}`)
    results.push(await auditPage(url, chromium.port, values.desktop))
  }
} finally {
  chromium.close()
  await served?.close()
}

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
const misses = results.flatMap((r) => r.misses.map((m) => `  ${new URL(r.url).pathname} ${m}`))
if (misses.length > 0) {
  const targets = CATEGORIES.map((c) => `${c} ${TARGET[c]}`).join(', ')
  console.error(`\nBelow target (${targets}):\n${misses.join('\n')}`)
  process.exit(1)
}
console.log('\n✔ Every category at its target.')
