/**
 * The body of one nginx `server` for sites: the same routing, types and headers as the preview
 * server (resolveRequest.ts), written as nginx directives.
 */
import { DEFAULT_MIME, FILE_TYPES, mediaExtensions, type MediaDisposition } from './fileTypes'
import { plainNotFoundPage, unknownHostPage } from './pages'
import { redirectReturn } from './nginxRedirects'
import { formsLocations } from './nginxForms'
import { quote } from './nginxQuote'
import {
  ASSETS_PREFIX,
  CACHE_CONTROL,
  COMPRESS_MIN_BYTES,
  GZIP_LEVEL,
  MEDIA_PREFIX,
  SEARCH_FILE,
  SEARCH_URL_PREFIX,
  SECURITY_HEADERS,
  mediaHeaders,
  type CachePolicy,
} from './policy'

/** The http-level variable with the error page of the request (see notFoundMap). */
export const NOT_FOUND_VARIABLE = '$union_sites_404'

/** The internal URI of the unknown-host page inside a site server (see serverBody). */
const UNKNOWN_HOST_URI = '/.union-sites/unknown-host'

/**
 * A page of pages.ts as the text of `return 404 "…"`, byte for byte what the preview server
 * sends: quotes and backslashes escaped; a `$` would be read as a variable, so none may occur.
 */
function pageString(html: string): string {
  if (html.includes('$')) throw new Error('a served page may not contain "$" (nginx variables)')
  return quote(html.replace(/[\\"]/g, (ch) => `\\${ch}`))
}

/**
 * A location body answering 404 with one of the servers' own pages as text/html (an empty
 * `types` makes `default_type` apply whatever the URI's extension).
 */
export function ownPage(html: string): string[] {
  return ['types { }', 'default_type text/html;', `return 404 ${pageString(html)};`]
}

export interface ServerBodyOptions {
  outDir: string
  mediaDir: string
  brotli: boolean
  /** Some host has redirects (nginxRedirects.ts): the page locations check the map. */
  redirects?: boolean
  /** The CMS `/_forms/` goes to (nginxForms.ts); without one the form answers 502. */
  formsUpstream?: string | undefined
}

/** `text/html` is always on nginx's charset/gzip lists; naming it again only draws a warning. */
const mimesWhere = (flag: 'charset' | 'compressible') =>
  FILE_TYPES.filter((t) => t[flag] && t.mime !== 'text/html')
    .map((t) => t.mime)
    .join(' ')

/**
 * Caching and security headers of a location. Security headers are `always` (errors too); an
 * `add_header` in a location replaces every one of the server's, so each location lists all.
 */
export function headers(
  cache: CachePolicy,
  always = false,
  security: Readonly<Record<string, string>> = SECURITY_HEADERS,
): string[] {
  return [
    `add_header Cache-Control ${quote(CACHE_CONTROL[cache])}${always ? ' always' : ''};`,
    ...Object.entries(security).map(
      ([name, value]) => `add_header ${name} ${quote(value)} always;`,
    ),
  ]
}

/** `/media/<path>.<ext>` for the allowed extensions of one disposition, from the uploads. */
function mediaLocation(mediaDir: string, disposition: MediaDisposition): string[] {
  const extensions = mediaExtensions(disposition).join('|')
  return location(`~* ${quote(`^${MEDIA_PREFIX}(.*\\.(?:${extensions}))$`)}`, [
    `alias ${quote(`${mediaDir}/$1`)};`,
    ...headers('media', false, mediaHeaders(disposition)),
  ])
}

function location(match: string, body: string[]): string[] {
  return [`location ${match} {`, ...body.map((line) => `    ${line}`), '}']
}

function typesBlock(): string[] {
  const width = Math.max(...FILE_TYPES.map((t) => t.mime.length)) + 1
  return [
    'types {',
    ...FILE_TYPES.map((t) => `    ${t.mime.padEnd(width)} ${t.extensions.join(' ')};`),
    '}',
    `default_type ${DEFAULT_MIME};`,
    'charset utf-8;',
    `charset_types ${mimesWhere('charset')};`,
  ]
}

function compression(brotli: boolean): string[] {
  const types = mimesWhere('compressible')
  const brotliLines = [
    'brotli on;',
    'brotli_static on;',
    `brotli_comp_level ${GZIP_LEVEL};`,
    `brotli_min_length ${COMPRESS_MIN_BYTES};`,
    `brotli_types ${types};`,
  ]
  return [
    'gzip on;',
    '# Serves `<file>.gz` when a build step left one next to the file.',
    'gzip_static on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    `gzip_comp_level ${GZIP_LEVEL};`,
    `gzip_min_length ${COMPRESS_MIN_BYTES};`,
    `gzip_types ${types};`,
    ...(brotli
      ? ['# Brotli: the ngx_brotli module is loaded (libnginx-mod-http-brotli-*).', ...brotliLines]
      : [
          '# Brotli needs the ngx_brotli module (Debian: apt-get install',
          '# libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static); then uncomment:',
          ...brotliLines.map((line) => `# ${line}`),
        ]),
  ]
}

/** Directives inside `server { … }` after `listen` and `server_name`. */
export function serverBody({
  outDir,
  mediaDir,
  brotli,
  redirects,
  formsUpstream,
}: ServerBodyOptions): string[] {
  const redirect = redirects ? redirectReturn() : []
  return [
    '# $host is the Host header lower-cased, without port: the name of the site folder.',
    `root ${quote(`${outDir}/$host`)};`,
    'server_tokens off;',
    '# A name of the network with no site folder (or one too long to be a folder): the same',
    '# «Сайт не найден» as the default server, for every path, naming no other site.',
    'if (!-d $document_root) {',
    `    rewrite ^ ${UNKNOWN_HOST_URI} last;`,
    '}',
    "# nginx's own errors (a malformed request) carry the security headers too.",
    ...headers('notFound', true),
    '# Relative Location headers keep the scheme and port the visitor used (TLS, previews).',
    'absolute_redirect off;',
    ...typesBlock(),
    ...compression(brotli),
    `error_page 404 @not_found;`,
    '',
    '# Files of the site; a directory without its trailing slash gets a 301 to the slash form.',
    ...location('/', [...redirect, 'try_files $uri $uri/ =404;', ...headers('page')]),
    '# Page URLs end with a slash: the directory index, or 404 (never a directory listing).',
    ...location('~ /$', [...redirect, 'try_files ${uri}index.html =404;', ...headers('page')]),
    ...formsLocations(formsUpstream),
    '# CSS, fonts and icons shared by every site; names carry a content hash.',
    ...location(`^~ ${ASSETS_PREFIX}`, [
      `root ${quote(outDir)};`,
      'try_files $uri =404;',
      ...headers('hashed'),
    ]),
    '# Search indexes of every host, on every host (same origin for the merged search).',
    ...location(`^~ ${SEARCH_URL_PREFIX}`, [
      `location ~ ${quote(SEARCH_FILE.source.replace(/\\\//g, '/'))} {`,
      `    alias ${quote(`${outDir}/$1/_search/$2`)};`,
      ...headers('page').map((line) => `    ${line}`),
      '}',
      'return 404;',
    ]),
    '# Uploads of the CMS, one copy for all sites: only the allowed types (images inline,',
    '# documents as downloads, with their own CSP); any other file there is 404.',
    ...location(`^~ ${MEDIA_PREFIX}`, [
      ...mediaLocation(mediaDir, 'inline'),
      ...mediaLocation(mediaDir, 'attachment'),
      'return 404;',
    ]),
    "# The section's own 404 page under /org/<slug>/, else the site's; keeps the 404 status.",
    ...location('@not_found', [
      `try_files ${NOT_FOUND_VARIABLE} /404/index.html @no_404_page;`,
      ...headers('notFound', true),
    ]),
    '# A site built without a 404 page.',
    ...location('@no_404_page', [...ownPage(plainNotFoundPage()), ...headers('notFound', true)]),
    ...location(`= ${UNKNOWN_HOST_URI}`, [
      'internal;',
      ...ownPage(unknownHostPage()),
      ...headers('notFound', true),
    ]),
  ]
}

/** http-level: the error page of a request, from its URI (named locations keep the original). */
export function notFoundMap(): string[] {
  return [
    `map $uri ${NOT_FOUND_VARIABLE} {`,
    '    ~^/org/(?<union_sites_section>[^/]+)/  /org/$union_sites_section/404/index.html;',
    '    default                              /404/index.html;',
    '}',
  ]
}
