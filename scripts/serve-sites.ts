/**
 * Serves every built site on one port, routed by the Host header, and prints their addresses:
 *   tsx scripts/serve-sites.ts [--out-dir dist/sites] [--media-dir data/uploads] [--port 4321]
 *     [--quiet]   print nothing but errors (npm start runs it as a child and lists the sites)
 *     [--cms-url http://127.0.0.1:3000]   where /_forms/* is forwarded (default SERVER_URL)
 * Environment: OUT_DIR, MEDIA_DIR, PORT, HOST (the interface; default 127.0.0.1), ACCESS_LOG
 * (where requests are logged, without client addresses; default DATA_DIR/logs/access.log).
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readConfig } from '../config/index'
import { accessLogFile } from '../config/accessLogFile'
import { startPreviewServer } from '../serving/previewServer'
import { sitesDirs } from '../serving/sitesDirs'

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string' },
    'media-dir': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'cms-url': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
})

const settings = readConfig()
const { outDir, mediaDir } = sitesDirs(values)
/** Without --port or PORT: the sites' port (4321), as under `npm start`. */
const port =
  values.port === undefined ? (settings.PORT ?? settings.SITES_PORT) : Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port}`)
  process.exit(2)
}

const server = await startPreviewServer({
  outDir,
  mediaDir,
  port,
  hostname: values.host ?? settings.HOST,
  formsUpstream: values['cms-url'] ?? settings.SERVER_URL,
  // The same lines as nginx's log (no client addresses): the visits job counts the demo's visits.
  accessLog: accessLogFile(),
}).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop the other server or set PORT.`
      : `Cannot start the preview server: ${error.message}`,
  )
  process.exit(1)
})

if (!values.quiet) {
  const urls = server.siteUrls()
  console.log(`Serving ${outDir} (media: ${mediaDir}) on ${server.url}`)
  if (!existsSync(mediaDir)) console.warn(`  note: ${mediaDir} does not exist; /media/ will be 404`)
  if (urls.length === 0) {
    console.warn(
      '  No sites built yet. Build them (they appear here without a restart):\n' +
        `  npm run build:sites -- --snapshots <dir> --out ${outDir}`,
    )
  } else {
    console.log(`${urls.length} site(s):`)
    for (const url of urls) console.log(`  ${url}`)
  }
  console.log('Press Ctrl+C to stop.')
}

const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
