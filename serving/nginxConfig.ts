/**
 * nginx configuration for the built sites, as a pure function of the hosts and paths:
 * one `server` per network (its apex and every `<slug>.<network domain>`), one for custom domains.
 * The production form goes into nginx's http block (Debian: /etc/nginx/conf.d/); the standalone
 * form is a whole nginx.conf that an unprivileged user runs with `nginx -c <file> -p <prefix>`.
 */
import { unknownHostPage } from './pages'
import { quote } from './nginxQuote'
import { headers, notFoundMap, ownPage, serverBody } from './nginxServer'
import { redirectCount, redirectMap, type RedirectTable } from './nginxRedirects'
import { formsUpstreamBlock } from './nginxForms'
import { accessLogDirective, accessLogFormat, DEFAULT_ACCESS_LOG } from './nginxAccessLog'

export interface NginxConfigOptions {
  /** Absolute path of the Astro output (`<outDir>/<host>/`, `<outDir>/_astro/`). */
  outDir: string
  /** Absolute path of the CMS uploads, served as `/media/`. */
  mediaDir: string
  /** Hosts of the built sites; those outside every network become custom-domain names. */
  hosts: readonly string[]
  /** Network domains (`mosfed.ru`, `localhost` in development). */
  networkDomains: readonly string[]
  /** `listen` parameters of every server; default port 80 on IPv4 and IPv6. */
  listen?: readonly string[]
  /** Emit brotli directives live (the ngx_brotli module must be loaded), else commented. */
  brotli?: boolean
  /** Whole config for a private nginx: pid, logs and temporary files under `prefix`. */
  standalone?: { prefix: string; user?: string }
  /**
   * Add a `default_server` answering «Сайт не найден» to every other Host (default true). Debian
   * ships its own in sites-enabled/default: remove that link, or pass false and keep that one
   * answering 404/444 (two default servers on one port fail `nginx -t`).
   */
  defaultServer?: boolean
  /** Each host's old paths → new paths (its redirects.json), answered with 301. */
  redirects?: RedirectTable
  /** The CMS (`http://127.0.0.1:3000`) that `/_forms/` of every site is forwarded to. */
  formsUpstream?: string | undefined
  /**
   * The sites' access log (format `union_sites`, no client addresses); default
   * /var/log/nginx/union-sites.access.log, or `<prefix>/access.log` standalone.
   */
  accessLog?: string
}

const HOST =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/
/** Characters nginx would read as syntax or a variable inside a quoted path. */
const UNSAFE_PATH = /["\\$\x00-\x1f]/

function checkHost(host: string, what: string): string {
  if (!HOST.test(host))
    throw new Error(
      `${what} "${host}" is not a host name (lower-case letters, digits, hyphens, dots)`,
    )
  return host
}

function checkPath(value: string, what: string): string {
  if (!value.startsWith('/')) throw new Error(`${what} must be an absolute path: ${value}`)
  if (UNSAFE_PATH.test(value)) throw new Error(`${what} contains ", \\, $ or a control character`)
  return value.replace(/\/+$/, '')
}

function checkUser(user: string): string {
  if (!/^[a-z_][a-z0-9_-]*$/i.test(user)) throw new Error(`Invalid user name: ${user}`)
  return user
}

export const inNetwork = (host: string, network: string) =>
  host === network || host.endsWith(`.${network}`)

interface ServerPlan {
  comment: string
  names: string[]
}

/** Networks first (each matches its whole sub-domain tree), then the remaining hosts. */
export function planServers(hosts: readonly string[], networks: readonly string[]): ServerPlan[] {
  const plans: ServerPlan[] = networks.map((network) => ({
    comment: `Network ${network}: the apex and every <slug>.${network} sub-domain.`,
    names: [`.${network}`],
  }))
  const custom = [...new Set(hosts)].filter((h) => !networks.some((n) => inNetwork(h, n))).sort()
  if (custom.length > 0) plans.push({ comment: 'Custom domains of organizations.', names: custom })
  return plans
}

const indent = (lines: string[], by = '    ') => lines.map((l) => (l ? by + l : l))

/** Any Host no server names: the same page as a network name without a site, nothing else. */
function defaultServer(listen: readonly string[], log: string[]): string[] {
  return [
    '',
    "# Any other Host: «Сайт не найден», never another organization's site or a list of them.",
    'server {',
    ...indent([
      ...listen.map((l) => `listen ${l} default_server;`),
      'server_name _;',
      ...log,
      'server_tokens off;',
      'charset utf-8;',
      ...headers('notFound', true),
      'location / {',
      ...indent(ownPage(unknownHostPage())),
      '}',
    ]),
    '}',
  ]
}

function standaloneWrapper(
  prefix: string,
  user: string | undefined,
  brotli: boolean,
  http: string[],
): string[] {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
  return [
    '# Standalone: runs without root; everything it writes stays in the prefix folder.',
    ...(user ? [`user ${checkUser(user)};`] : []),
    // Debian loads dynamic modules (ngx_brotli among them) from here in its own nginx.conf.
    ...(brotli ? ['include /etc/nginx/modules-enabled/*.conf;'] : []),
    'worker_processes 1;',
    `pid ${quote(`${prefix}/nginx.pid`)};`,
    `error_log ${quote(`${prefix}/error.log`)} warn;`,
    'events {',
    '    worker_connections 256;',
    '}',
    'http {',
    // Each server logs in the union_sites format; nothing logs nginx's default, with addresses.
    '    access_log off;',
    ...temp.map((t) => `    ${t}_temp_path ${quote(`${prefix}/${t}_temp`)};`),
    '    sendfile on;',
    ...indent(http),
    '}',
  ]
}

export function nginxConfig(options: NginxConfigOptions): string {
  const outDir = checkPath(options.outDir, 'outDir')
  const mediaDir = checkPath(options.mediaDir, 'mediaDir')
  const networks = options.networkDomains.map((n) => checkHost(n, 'Network domain'))
  const hosts = options.hosts.map((h) => checkHost(h, 'Host'))
  const listen = options.listen ?? ['80', '[::]:80']
  if (listen.length === 0 || listen.some((l) => /[;{}\n]/.test(l) || l.trim() === '')) {
    throw new Error(`Invalid listen parameters: ${JSON.stringify(listen)}`)
  }
  const plans = planServers(hosts, networks)
  if (plans.length === 0) throw new Error('No network domain and no host: nothing to serve')

  const brotli = options.brotli ?? false
  const redirects = options.redirects ?? new Map()
  redirects.forEach((_, host) => checkHost(host, 'Host'))
  const body = serverBody({
    outDir,
    mediaDir,
    brotli,
    redirects: redirectCount(redirects) > 0,
    formsUpstream: options.formsUpstream,
  })
  const log = accessLogDirective(
    checkPath(
      options.accessLog ??
        (options.standalone ? `${options.standalone.prefix}/access.log` : DEFAULT_ACCESS_LOG),
      'accessLog',
    ),
  )
  const http = [
    // Before any other map: a map fixes the map_hash_* sizes it finds (nginx: "duplicate").
    ...redirectMap(redirects),
    ...notFoundMap(),
    ...accessLogFormat(),
    ...formsUpstreamBlock(options.formsUpstream),
    ...plans.flatMap((plan) => [
      '',
      `# ${plan.comment}`,
      'server {',
      ...indent(listen.map((l) => `listen ${l};`)),
      ...indent([`server_name ${plan.names.join(' ')};`, ...log, ...body]),
      '}',
    ]),
    ...(options.defaultServer === false ? [] : defaultServer(listen, log)),
  ]
  const header = [
    '# Union Sites: static sites, generated by scripts/nginx-config.ts. Do not edit by hand.',
    `# Sites: ${outDir}/<host>/ · shared assets: ${outDir}/_astro/ · media: ${mediaDir}/`,
    ...(options.standalone
      ? []
      : [
          '# Goes into the http block: Debian /etc/nginx/conf.d/union-sites.conf, then',
          '# `nginx -t && systemctl reload nginx`. A host in no server_name here lands on the',
          ...(options.defaultServer === false
            ? [
                "# default server (Debian's sites-enabled/default): keep that one answering 404/444.",
              ]
            : [
                "# default server below; remove Debian's sites-enabled/default (two fail nginx -t).",
              ]),
        ]),
    '',
  ]
  const lines = options.standalone
    ? standaloneWrapper(
        checkPath(options.standalone.prefix, 'prefix'),
        options.standalone.user,
        brotli,
        http,
      )
    : http
  return [...header, ...lines, ''].join('\n')
}
