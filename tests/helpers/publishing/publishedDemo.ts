import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { importBundle } from '../../../cms/import/importBundle'
import { publishEverything } from '../../../publishing/worker/publishEverything'
import { PublishWorker } from '../../../publishing/worker/publishWorker'
import type { ReleaseDirs } from '../../../publishing/release/releases'
import { startPreviewServer, type PreviewServer } from '../../../serving/previewServer'
import { demoWithoutFiles } from '../demoWithoutFiles'
import { PROJECT_ROOT } from '../../../config/paths'
import { loadBundle, type Bundle } from '../../../content/lib/loadBundle'
import { startTestPayload, type TestPayload } from '../testPayload'
import { firstPublishError } from './firstPublishError'

export interface PublishedDemo {
  payload: Payload
  root: string
  dirs: ReleaseDirs
  workDir: string
  /** The worker that published every site; tests may run it again or make their own. */
  worker: PublishWorker
  server: PreviewServer
  close(): Promise<void>
}

/** The demo (without files) on a fresh database, every site published and served by Host. */
export function startPublishedDemo(): Promise<PublishedDemo> {
  return startPublishedBundle(demoWithoutFiles())
}

/** The small fixture network (tests/fixtures/bundles/mini), published and served the same way. */
export function startPublishedMini(): Promise<PublishedDemo> {
  return startPublishedBundle(loadBundle(path.join(PROJECT_ROOT, 'tests/fixtures/bundles/mini')))
}

/** A bundle imported into a fresh database, every site published and served by Host. */
export async function startPublishedBundle(bundle: Bundle): Promise<PublishedDemo> {
  const t: TestPayload = await startTestPayload()
  const root = mkdtempSync(path.join(tmpdir(), 'union-sites-published-'))
  const dirs = { live: path.join(root, 'sites'), releases: path.join(root, 'releases') }
  const workDir = path.join(root, 'work')
  await importBundle(t.payload, bundle)
  const worker = new PublishWorker(t.payload, { dirs, workDir })
  const first = await publishEverything(worker, t.payload)
  if (first.failed > 0) throw await firstPublishError(t.payload, first.failedHosts)
  const server = await startPreviewServer({
    outDir: dirs.live,
    mediaDir: path.join(root, 'media'),
    port: 0,
  })
  return {
    payload: t.payload,
    root,
    dirs,
    workDir,
    worker,
    server,
    async close() {
      await server.close()
      await t.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}
