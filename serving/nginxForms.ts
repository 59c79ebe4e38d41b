/**
 * The nginx side of the feedback form's forwarding (the preview server's is formsProxy.ts):
 * `/_forms/<name>` and `/org/<slug>/_forms/<name>` to the CMS's `/api/forms/<name>`, GET and
 * POST only, the body bounded, the Host in X-Forwarded-Host, the section base in
 * X-Forwarded-Prefix, the reader's address in X-Forwarded-For, no cookies either way, the sites'
 * security headers on every answer, and a Russian 502 page when the CMS does not answer.
 */
import { FORMS_MAX_BODY_BYTES, FORMS_TIMEOUT_MS, FORMS_UPSTREAM_PREFIX } from './formsPaths'
import { formTooLargePage, formsUnavailablePage } from './pages'
import { quote } from './nginxQuote'
import { SECURITY_HEADERS } from './policy'

/** The http-level `upstream` the form locations pass to (no resolver needed for a group name). */
export const FORMS_UPSTREAM = 'union_sites_cms'

/** `http://127.0.0.1:3000` → its scheme and `host:port` for the upstream block. */
export function formsUpstreamAddress(url: string): { scheme: 'http' | 'https'; server: string } {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`The CMS URL for /_forms/ is not a URL: ${url}`)
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.pathname !== '/')
    throw new Error(`The CMS URL for /_forms/ must be http(s)://host[:port] with no path: ${url}`)
  const scheme = parsed.protocol === 'https:' ? 'https' : 'http'
  const port = parsed.port || (scheme === 'https' ? '443' : '80')
  if (!/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(parsed.hostname))
    throw new Error(`The CMS host for /_forms/ is not a host name: ${parsed.hostname}`)
  return { scheme, server: `${parsed.hostname}:${port}` }
}

/** http-level: the CMS as an upstream group (empty without a CMS URL). */
export function formsUpstreamBlock(url: string | undefined): string[] {
  if (!url) return []
  const { server } = formsUpstreamAddress(url)
  return [
    '',
    '# The CMS that receives the feedback form (`/_forms/` of every site).',
    `upstream ${FORMS_UPSTREAM} {`,
    `    server ${server};`,
    '}',
  ]
}

/** The page of one status as nginx's answer, with the security headers. */
function statusPage(status: number, html: string): string[] {
  if (html.includes('$')) throw new Error('a served page may not contain "$"')
  return [
    'types { }',
    'default_type text/html;',
    ...securityHeaders(),
    `return ${status} ${quote(html.replace(/[\\"]/g, (ch) => `\\${ch}`))};`,
  ]
}

const securityHeaders = () => [
  `add_header Cache-Control ${quote('no-store')} always;`,
  ...Object.entries(SECURITY_HEADERS).map(([n, v]) => `add_header ${n} ${quote(v)} always;`),
]

const indented = (lines: string[]) => lines.map((l) => `    ${l}`)

/** Locations inside a site server: the form paths, and their error pages. */
export function formsLocations(url: string | undefined): string[] {
  const match =
    '~ "^(?<union_sites_base>(?:/org/[a-z0-9][a-z0-9-]*)?)/_forms/(?<union_sites_form>[a-z][a-z0-9-]{0,40})$"'
  const scheme = url ? formsUpstreamAddress(url).scheme : 'http'
  const pass = url
    ? [
        'limit_except GET POST {',
        '    deny all;',
        '}',
        `client_max_body_size ${FORMS_MAX_BODY_BYTES};`,
        `proxy_pass ${scheme}://${FORMS_UPSTREAM}${FORMS_UPSTREAM_PREFIX}$union_sites_form$is_args$args;`,
        'proxy_http_version 1.1;',
        'proxy_set_header Connection "";',
        'proxy_set_header X-Forwarded-Host $http_host;',
        'proxy_set_header X-Forwarded-Prefix $union_sites_base;',
        '# nginx is the edge: the reader is the peer, whatever X-Forwarded-For they sent.',
        'proxy_set_header X-Forwarded-For $remote_addr;',
        'proxy_set_header X-Forwarded-Proto $scheme;',
        'proxy_set_header Cookie "";',
        'proxy_hide_header Set-Cookie;',
        ...Object.keys(SECURITY_HEADERS).map((name) => `proxy_hide_header ${name};`),
        `proxy_connect_timeout 5s;`,
        `proxy_read_timeout ${FORMS_TIMEOUT_MS / 1000}s;`,
        `proxy_send_timeout ${FORMS_TIMEOUT_MS / 1000}s;`,
        'error_page 502 503 504 @forms_unavailable;',
        'error_page 413 @forms_too_large;',
        ...securityHeaders(),
      ]
    : [
        '# No CMS URL given (nginx-config --cms-url): the form cannot be sent.',
        ...statusPage(502, formsUnavailablePage()),
      ]
  return [
    '# The feedback form: posts and its challenge go to the CMS (its /api/forms/).',
    `location ${match} {`,
    ...indented(pass),
    '}',
    `location @forms_unavailable {`,
    ...indented(statusPage(502, formsUnavailablePage())),
    '}',
    `location @forms_too_large {`,
    ...indented(statusPage(413, formTooLargePage())),
    '}',
  ]
}
