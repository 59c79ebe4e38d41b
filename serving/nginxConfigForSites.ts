import { readdirSync } from 'node:fs'
import path from 'node:path'
import { inNetwork, nginxConfig } from './nginxConfig'
import { readSiteIndex } from './siteIndex'
import { readHostRedirects } from './hostRedirects'

/** Debian enables a dynamic module with a file in modules-enabled/ (mod-http-brotli-*.conf). */
function brotliLoaded(): boolean {
  try {
    return readdirSync('/etc/nginx/modules-enabled').some((f) => f.includes('brotli'))
  } catch {
    return false
  }
}

export interface NginxConfigRequest {
  networks: string[]
  outDir: string
  mediaDir: string
  listen?: string[]
  brotli: 'auto' | 'on' | 'off'
  /** Where the config will be written (only named in the summary), or stdout. */
  output?: string
  /** A whole nginx.conf for `nginx -c <file> -p <prefix>`. */
  standalone?: string
  defaultServer: boolean
  /** The CMS that the sites' `/_forms/` is forwarded to. */
  formsUpstream?: string | undefined
}

/**
 * `npm run nginx-config`: the nginx config of the sites built in outDir (hosts in no network
 * are served as custom domains), and a summary for the operator. Throws on a config nginx would
 * refuse (nginxConfig.ts).
 */
export function nginxConfigForSites(request: NginxConfigRequest): {
  config: string
  summary: string[]
} {
  const { outDir, mediaDir, output } = request
  const networks = request.networks.map((n) => n.trim().toLowerCase().replace(/\.$/, ''))
  const hosts = [...readSiteIndex(outDir, mediaDir).sites.keys()]
  const brotli = request.brotli === 'auto' ? brotliLoaded() : request.brotli === 'on'
  const prefix = request.standalone === undefined ? undefined : path.resolve(request.standalone)
  const config = nginxConfig({
    outDir,
    mediaDir,
    hosts,
    networkDomains: networks,
    listen: request.listen,
    brotli,
    standalone: prefix ? { prefix } : undefined,
    defaultServer: request.defaultServer,
    redirects: new Map(hosts.map((host) => [host, readHostRedirects(outDir, host)])),
    formsUpstream: request.formsUpstream,
  })
  const custom = hosts.filter((h) => !networks.some((n) => inNetwork(h, n)))
  const summary = [
    output ? `Wrote ${path.resolve(output)}` : 'nginx config written to stdout',
    `  networks: ${networks.length > 0 ? networks.join(', ') : 'none (pass --network <domain>)'}`,
    `  sites in ${outDir}: ${hosts.length}, of them on custom domains: ${custom.length > 0 ? custom.join(', ') : 'none'}`,
    `  media: ${mediaDir} · brotli: ${brotli ? 'on' : 'off (module not loaded; left commented)'}`,
    `  /_forms/ → ${request.formsUpstream ?? 'no CMS (pass --cms-url or set SERVER_URL): the form answers 502'}`,
    ...(prefix ? [`  run: nginx -c ${path.resolve(output ?? '<file>')} -p ${prefix}`] : []),
  ]
  if (hosts.length === 0) summary.push('  warning: no built sites found; build them first')
  return { config, summary }
}
