/**
 * `npm run serve:drafts`: the drafts server. Shows an editor's saved draft on its organization's
 * site layout, behind a signed ten-minute link that the admin's «Предпросмотр» asks the CMS for
 * (GET /api/posts/:id/preview-link). It boots Payload and the sites' renderer; `npm start` runs it.
 * Environment: DRAFTS_PORT (default 4322), HOST (the interface; default 127.0.0.1), and the
 * CMS's own PAYLOAD_SECRET and DATABASE_URI: it checks the links the CMS signed.
 */
import { createServer } from 'node:http'
import { readConfig } from '../config/index'
import { bootPayload } from '../cms/lib/bootPayload'
import { draftRequestHandler } from '../publishing/draftPreview/draftServer'
import { SiteRenderer } from '../publishing/render/siteRenderer'

const settings = readConfig()
const payload = await bootPayload()
let renderer: Promise<SiteRenderer> | undefined
const handle = draftRequestHandler({ payload, renderer: () => (renderer ??= SiteRenderer.open()) })
const server = createServer((req, res) => void handle(req, res))
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${settings.DRAFTS_PORT} is already in use: stop the other server or set DRAFTS_PORT.`
      : `Cannot start the drafts server: ${error.message}`,
  )
  process.exit(1)
})
server.listen(settings.DRAFTS_PORT, settings.HOST ?? '127.0.0.1', () => {
  console.log(`Drafts server on http://${settings.HOST ?? '127.0.0.1'}:${settings.DRAFTS_PORT}/`)
  // The renderer's first open builds it when its code changed: ahead of the first click.
  void (renderer ??= SiteRenderer.open())
})
