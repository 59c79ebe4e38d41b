/**
 * All output checks over one build output: valid HTML (Nu Html Checker), well-formed XML (feeds,
 * sitemaps: every *.xml, *.rss, *.atom) and no broken internal link.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { extractRefs, type PageRefs } from './htmlRefs'
import { validateHtml } from './htmlValidator'
import { checkLinks } from './links'
import { hostsOf, isPage, isXml, listFiles } from './outputFiles'
import type { CheckProblem } from './problem'
import { xmlProblem } from './xmlWellFormed'
import { xmlRefs } from './xmlRefs'

export interface SiteCheckOptions {
  /** The build output: `<out>/<host>/…` and `<out>/_astro/`. */
  outDir: string
  /** The uploads served as `/media/`; without it media links are counted, not checked. */
  mediaDir?: string
  /** Run the Nu Html Checker (needs Java); default true. */
  html?: boolean
  /** Only some sites of the network were built: links to the others are not followed. */
  partial?: boolean
}

export interface SiteCheckReport {
  problems: CheckProblem[]
  pages: number
  xmlFiles: number
  hosts: number
  links: { checked: number; external: number; mediaUnchecked: number }
  seconds: { html?: number; xml: number; links: number }
}

const since = (start: number) => (performance.now() - start) / 1000

export async function checkSites(options: SiteCheckOptions): Promise<SiteCheckReport> {
  const outDir = path.resolve(options.outDir)
  const files = listFiles(outDir)
  const hosts = hostsOf(files)
  if (hosts.length === 0) throw new Error(`No site folders in ${outDir}: build the sites first.`)
  const hostSet = new Set(hosts)
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8')
  // Started first: the JVM runs on its own core while the links and XML are read here.
  const html = options.html === false ? undefined : validateHtml(outDir)
  // Awaited below; this only keeps an early failure (no Java) from counting as unhandled.
  html?.catch(() => {})

  let start = performance.now()
  const xmlFiles = files.filter(isXml)
  const xmlTexts = new Map(xmlFiles.map((file) => [file, read(file)]))
  const xmlProblems = xmlFiles.flatMap((file) => xmlProblem(file, xmlTexts.get(file)!) ?? [])
  const xmlSeconds = since(start)

  start = performance.now()
  const pages = new Map<string, PageRefs>()
  for (const file of files.filter((f) => isPage(f, hostSet)))
    pages.set(file, extractRefs(read(file)))
  const pageCount = pages.size
  // Feeds and sitemaps link too (they offer no #fragment targets).
  for (const [file, text] of xmlTexts) {
    if (hostSet.has(file.slice(0, file.indexOf('/'))))
      pages.set(file, { refs: xmlRefs(text), ids: new Set() })
  }
  const media = options.mediaDir ? new Set(listFiles(path.resolve(options.mediaDir))) : undefined
  const links = checkLinks({
    files: new Set(files),
    pages,
    hosts,
    media,
    partial: options.partial,
  })
  const linkSeconds = since(start)

  const vnu = html ? await html : undefined
  return {
    problems: [...(vnu?.problems ?? []), ...xmlProblems, ...links.problems],
    pages: pageCount,
    xmlFiles: xmlFiles.length,
    hosts: hosts.length,
    links: {
      checked: links.checked,
      external: links.external,
      mediaUnchecked: links.mediaUnchecked,
    },
    seconds: { html: vnu?.seconds, xml: xmlSeconds, links: linkSeconds },
  }
}

/** One summary line per check, for the CLI and test logs. */
export function summarize(report: SiteCheckReport): string {
  const s = report.seconds
  const { checked, external, mediaUnchecked } = report.links
  return [
    s.html === undefined
      ? 'HTML: not validated'
      : `HTML: ${report.pages} pages of ${report.hosts} hosts validated in ${s.html.toFixed(1)} s`,
    `XML: ${report.xmlFiles} files well-formed check in ${s.xml.toFixed(1)} s`,
    `Links (pages, feeds, sitemaps): ${checked} internal checked, ${external} external or non-HTTP not followed` +
      (mediaUnchecked > 0 ? `, ${mediaUnchecked} /media/ not checked (no --media)` : '') +
      ` in ${s.links.toFixed(1)} s`,
  ].join('\n')
}
