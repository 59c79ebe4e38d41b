/**
 * Writes the nginx config of the built sites (see nginxConfig.ts):
 *   tsx scripts/nginx-config.ts --network mosfed.ru [--network …] [--output <file>]
 *     [--out-dir dist/sites] [--media-dir data/uploads] [--listen 80 …] [--brotli auto|on|off]
 *     [--standalone <prefix>]   a whole nginx.conf for `nginx -c <file> -p <prefix>`, no root
 *     [--no-default-server]     leave other Hosts to an existing default server (Debian's)
 *     [--cms-url http://127.0.0.1:3000]   where /_forms/ goes (the CMS; default SERVER_URL)
 * Hosts come from the output folder; those in no network are served as custom domains.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { nginxConfigForSites } from '../serving/nginxConfigForSites'
import { sitesDirs } from '../serving/sitesDirs'
import { readConfig } from '../config/index'

const { values } = parseArgs({
  options: {
    network: { type: 'string', multiple: true, default: [] },
    'out-dir': { type: 'string' },
    'media-dir': { type: 'string' },
    listen: { type: 'string', multiple: true },
    brotli: { type: 'string', default: 'auto' },
    output: { type: 'string' },
    standalone: { type: 'string' },
    'default-server': { type: 'boolean', default: true },
    'cms-url': { type: 'string' },
  },
  allowNegative: true,
})
const brotli = values.brotli
if (brotli !== 'auto' && brotli !== 'on' && brotli !== 'off') {
  console.error(`--brotli must be auto, on or off (got ${brotli})`)
  process.exit(2)
}

let generated: ReturnType<typeof nginxConfigForSites>
try {
  generated = nginxConfigForSites({
    ...sitesDirs(values),
    networks: values.network,
    listen: values.listen,
    brotli,
    output: values.output,
    standalone: values.standalone,
    defaultServer: values['default-server'],
    formsUpstream: values['cms-url'] ?? readConfig().SERVER_URL,
  })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
if (values.standalone !== undefined) mkdirSync(path.resolve(values.standalone), { recursive: true })
if (values.output) {
  mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true })
  writeFileSync(values.output, generated.config)
}
// The summary goes to stderr, so that without --output stdout is the config alone.
console.error(generated.summary.join('\n'))
if (!values.output) process.stdout.write(generated.config)
