import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startPreviewServer, type PreviewServer } from '../../serving/previewServer'
import { buildDemoSites, demoPaths, type DemoSites } from './demoSites'

export interface ServedDemo {
  demo: DemoSites
  server: PreviewServer
  /** `http://<host>:<port><path>` on the preview server. */
  url(host: string, path?: string): string
  close(): Promise<void>
}

/**
 * The demo sites built from a fresh database and served on a free port. The server starts
 * first, on the output folder before it exists (its site index notices the build), so that the
 * build can write the port into every link: a link to another site stays on this server.
 */
export async function serveDemoSites(log?: (line: string) => void): Promise<ServedDemo> {
  const root = mkdtempSync(path.join(tmpdir(), 'union-sites-demo-'))
  const { outDir, mediaDir } = demoPaths(root)
  const server = await startPreviewServer({ outDir, mediaDir, port: 0 })
  let demo: DemoSites
  try {
    demo = await buildDemoSites({ root, originTemplate: `http://{host}:${server.port}`, log })
  } catch (error) {
    await server.close()
    rmSync(root, { recursive: true, force: true })
    throw error
  }
  return {
    demo,
    server,
    url: (host, urlPath = '/') => `http://${host}:${server.port}${urlPath}`,
    close: async () => {
      await server.close()
      demo.remove()
    },
  }
}
