/**
 * Writes the nginx config of the built sites (see nginxConfig.ts):
 *   tsx scripts/nginx-config.ts --network mosfed.ru [--network …] [--output <file>]
 *     [--out-dir dist/sites] [--media-dir data/uploads] [--listen 80 …] [--brotli auto|on|off]
 *     [--standalone <prefix>]   a whole nginx.conf for `nginx -c <file> -p <prefix>`, no root
 *     [--no-default-server]     leave other Hosts to an existing default server (Debian's)
 * Hosts come from the output folder; those in no network are served as custom domains.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { inNetwork, nginxConfig } from '../serving/nginxConfig'
import { readSiteIndex } from '../serving/siteIndex'
import { sitesDirs } from '../serving/sitesDirs'

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
  },
  allowNegative: true,
})

const { outDir, mediaDir } = sitesDirs(values)
const networks = values.network.map((n) => n.trim().toLowerCase().replace(/\.$/, ''))
const hosts = [...readSiteIndex(outDir, mediaDir).sites.keys()]

/** Debian enables a dynamic module with a file in modules-enabled/ (mod-http-brotli-*.conf). */
function brotliLoaded(): boolean {
  try {
    return readdirSync('/etc/nginx/modules-enabled').some((f) => f.includes('brotli'))
  } catch {
    return false
  }
}
const brotliChoice = values.brotli
if (!['auto', 'on', 'off'].includes(brotliChoice)) {
  console.error(`--brotli must be auto, on or off (got ${brotliChoice})`)
  process.exit(2)
}
const brotli = brotliChoice === 'auto' ? brotliLoaded() : brotliChoice === 'on'

const prefix = values.standalone === undefined ? undefined : path.resolve(values.standalone)
let config: string
try {
  config = nginxConfig({
    outDir,
    mediaDir,
    hosts,
    networkDomains: networks,
    listen: values.listen,
    brotli,
    standalone: prefix ? { prefix } : undefined,
    defaultServer: values['default-server'],
  })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

if (prefix) mkdirSync(prefix, { recursive: true })
if (values.output) {
  mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true })
  writeFileSync(values.output, config)
}
// The summary goes to stderr, so that without --output stdout is the config alone.
const custom = hosts.filter((h) => !networks.some((n) => inNetwork(h, n)))
console.error(
  [
    values.output ? `Wrote ${path.resolve(values.output)}` : 'nginx config written to stdout',
    `  networks: ${networks.length > 0 ? networks.join(', ') : 'none (pass --network <domain>)'}`,
    `  sites in ${outDir}: ${hosts.length}, of them on custom domains: ${custom.length > 0 ? custom.join(', ') : 'none'}`,
    `  media: ${mediaDir} · brotli: ${brotli ? 'on' : 'off (module not loaded; left commented)'}`,
    ...(prefix ? [`  run: nginx -c ${path.resolve(values.output ?? '<file>')} -p ${prefix}`] : []),
  ].join('\n'),
)
if (hosts.length === 0) console.error('  warning: no built sites found; build them first')
if (!values.output) process.stdout.write(config)
