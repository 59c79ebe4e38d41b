import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { listFiles } from '../../../tools/checks/outputFiles'

/** What globalSetup hands the test workers: where the served demo is. */
const servedDemo = z.object({
  port: z.number().int().positive(),
  outDir: z.string().min(1),
  mediaDir: z.string().min(1),
})
export type ServedDemoPlace = z.infer<typeof servedDemo>

/**
 * Playwright starts the test workers as children of the process that ran globalSetup, so a file
 * named after that process is found by each worker (its parent) and by no other run's workers.
 * A file, not environment variables: config/ is the only reader of the environment.
 */
const placeFile = (runner: number) => path.join(tmpdir(), `union-sites-e2e-${runner}.json`)

/** globalSetup's side; the function it returns removes the file. */
export function handOverDemo(place: ServedDemoPlace): () => void {
  const file = placeFile(process.pid)
  writeFileSync(file, JSON.stringify(servedDemo.parse(place)))
  return () => rmSync(file, { force: true })
}

let known: ServedDemoPlace | null | undefined
/** The served demo of this run, or null outside a Playwright run with globalSetup. */
export function servedDemoPlace(): ServedDemoPlace | null {
  if (known !== undefined) return known
  let text: string
  try {
    text = readFileSync(placeFile(process.ppid), 'utf8')
  } catch {
    return (known = null)
  }
  return (known = servedDemo.parse(JSON.parse(text)))
}

function required(): ServedDemoPlace {
  const place = servedDemoPlace()
  if (!place) throw new Error('No served demo: run the e2e tests with npm run test:e2e.')
  return place
}

export const demo = {
  port: () => required().port,
  outDir: () => required().outDir,
  mediaDir: () => required().mediaDir,
  /** A page of a demo site on the preview server: `url('mfp.localhost', '/news/')`. */
  url: (host: string, path = '/') => `http://${host}:${demo.port()}${path}`,
}

/** Every page of the demo build as a URL on the preview server, grouped by host. */
export function demoPageUrls(): string[] {
  return listFiles(demo.outDir())
    .filter((file) => file.endsWith('/index.html') && !file.startsWith('_'))
    .map((file) => {
      const slash = file.indexOf('/')
      return demo.url(file.slice(0, slash), file.slice(slash).replace(/index\.html$/, ''))
    })
}
