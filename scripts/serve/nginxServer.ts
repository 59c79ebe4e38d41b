/**
 * The body of one nginx `server` for sites: the same routing, types and headers as the preview
 * server (resolveRequest.ts), written as nginx directives.
 */
import { DEFAULT_MIME, FILE_TYPES } from './contentTypes'
import {
  ASSETS_PREFIX,
  CACHE_CONTROL,
  COMPRESS_MIN_BYTES,
  GZIP_LEVEL,
  MEDIA_PREFIX,
  SECURITY_HEADERS,
  type CachePolicy,
} from './policy'

/** The http-level variable with the error page of the request (see notFoundMap). */
export const NOT_FOUND_VARIABLE = '$union_sites_404'

/** nginx strings: double-quoted; a `$` would start a variable, so literal paths may not hold one. */
export const quote = (text: string) => `"${text}"`

export interface ServerBodyOptions {
  outDir: string
  mediaDir: string
  brotli: boolean
}

/** `text/html` is always on nginx's charset/gzip lists; naming it again only draws a warning. */
const mimesWhere = (flag: 'charset' | 'compressible') =>
  FILE_TYPES.filter((t) => t[flag] && t.mime !== 'text/html')
    .map((t) => t.mime)
    .join(' ')

function headers(cache: CachePolicy, always = false): string[] {
  return [
    `add_header Cache-Control ${quote(CACHE_CONTROL[cache])}${always ? ' always' : ''};`,
    ...Object.entries(SECURITY_HEADERS).map(
      ([name, value]) => `add_header ${name} ${quote(value)} always;`,
    ),
  ]
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
export function serverBody({ outDir, mediaDir, brotli }: ServerBodyOptions): string[] {
  return [
    '# $host is the Host header lower-cased, without port: the name of the site folder.',
    `root ${quote(`${outDir}/$host`)};`,
    'server_tokens off;',
    '# Relative Location headers keep the scheme and port the visitor used (TLS, previews).',
    'absolute_redirect off;',
    ...typesBlock(),
    ...compression(brotli),
    `error_page 404 @not_found;`,
    '',
    '# Files of the site; a directory without its trailing slash gets a 301 to the slash form.',
    ...location('/', ['try_files $uri $uri/ =404;', ...headers('page')]),
    '# Page URLs end with a slash: the directory index, or 404 (never a directory listing).',
    ...location('~ /$', ['try_files ${uri}index.html =404;', ...headers('page')]),
    '# CSS, fonts and icons shared by every site; names carry a content hash.',
    ...location(`^~ ${ASSETS_PREFIX}`, [
      `root ${quote(outDir)};`,
      'try_files $uri =404;',
      ...headers('hashed'),
    ]),
    '# Uploads of the CMS (images, documents): one copy for all sites.',
    ...location(`^~ ${MEDIA_PREFIX}`, [
      `alias ${quote(`${mediaDir}/`)};`,
      'try_files $uri =404;',
      ...headers('media'),
    ]),
    "# The section's own 404 page under /org/<slug>/, else the site's; keeps the 404 status.",
    ...location('@not_found', [
      `try_files ${NOT_FOUND_VARIABLE} /404/index.html =404;`,
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
