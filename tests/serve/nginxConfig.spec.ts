import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FILE_TYPES } from '../../serving/fileTypes'
import { nginxConfig, planServers, type NginxConfigOptions } from '../../serving/nginxConfig'
import { MEDIA_CSP, SITE_CSP } from '../../serving/contentSecurityPolicy'
import { unknownHostPage } from '../../serving/pages'
import { CACHE_CONTROL } from '../../serving/policy'
import { hasNginx, nginxTest } from './helpers/nginxProcess'

const base: NginxConfigOptions = {
  outDir: '/srv/union-sites/sites',
  mediaDir: '/srv/union-sites/data/uploads',
  hosts: ['mosfed.ru', 'mgo.mosfed.ru', 'rosugleprof.ru', 'profkom-school.ru', 'mosfed.ru'],
  networkDomains: ['mosfed.ru'],
}
const config = nginxConfig(base)
/** The body of the block opened by the first line matching `opening`. */
function block(text: string, opening: string): string {
  const start = text.indexOf(opening)
  expect(start, opening).toBeGreaterThanOrEqual(0)
  let depth = 0
  for (let i = text.indexOf('{', start); i < text.length; i++) {
    if (text[i] === '{') depth++
    if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  throw new Error(`unbalanced block ${opening}`)
}

describe('planServers', () => {
  it('gives each network one wildcard server and gathers the other hosts as custom domains', () => {
    expect(planServers(base.hosts, ['mosfed.ru', 'localhost'])).toEqual([
      { comment: expect.stringContaining('mosfed.ru'), names: ['.mosfed.ru'] },
      { comment: expect.stringContaining('localhost'), names: ['.localhost'] },
      { comment: expect.any(String), names: ['profkom-school.ru', 'rosugleprof.ru'] },
    ])
    expect(planServers(['notmosfed.ru'], ['mosfed.ru'])[1]!.names).toEqual(['notmosfed.ru'])
  })
})

describe('nginxConfig (production)', () => {
  it('serves the network apex and sub-domains from <outDir>/$host', () => {
    const server = block(config, 'server {')
    expect(server).toContain('server_name .mosfed.ru;')
    expect(server).toContain('root "/srv/union-sites/sites/$host";')
    expect(server).toMatch(/listen 80;\n\s+listen \[::\]:80;/)
    expect(config).toContain('server_name profkom-school.ru rosugleprof.ru;')
    expect(config.match(/^server \{/gm)).toHaveLength(3)
  })

  it('routes like the preview server: try_files, slash URLs, shared /_astro/ and /media/', () => {
    expect(block(config, 'location / {')).toContain('try_files $uri $uri/ =404;')
    expect(block(config, 'location ~ /$ {')).toContain('try_files ${uri}index.html =404;')
    const assets = block(config, 'location ^~ /_astro/ {')
    expect(assets).toContain('root "/srv/union-sites/sites";')
    expect(assets).toContain(`add_header Cache-Control "${CACHE_CONTROL.hashed}";`)
    const media = block(config, 'location ^~ /media/ {')
    expect(media).toContain('alias "/srv/union-sites/data/uploads/$1";')
    expect(media).toMatch(/return 404;\n\s*\}$/)
    expect(block(config, 'location / {')).toContain(`"${CACHE_CONTROL.page}"`)
  })

  it("sends 404s to the section's or the site's 404 page", () => {
    expect(config).toContain('error_page 404 @not_found;')
    expect(block(config, 'map $uri $union_sites_404 {')).toContain(
      '~^/org/(?<union_sites_section>[^/]+)/  /org/$union_sites_section/404/index.html;',
    )
    expect(block(config, 'location @not_found {')).toContain(
      'try_files $union_sites_404 /404/index.html @no_404_page;',
    )
  })

  it('serves from /media/ only the allowed types: images inline, documents as downloads', () => {
    const media = block(config, 'location ^~ /media/ {')
    const inline = block(media, 'location ~* "^/media/(.*\\.(?:png|')
    expect(inline).toContain('|jpg|jpeg|webp|avif|gif))$"')
    expect(inline).toContain(`add_header Content-Security-Policy "${MEDIA_CSP}" always;`)
    expect(inline).not.toContain('Content-Disposition')
    const documents = block(media, 'location ~* "^/media/(.*\\.(?:pdf|')
    expect(documents).toContain('add_header Content-Disposition "attachment" always;')
    for (const type of ['html', 'htm', 'svg', 'xml', 'txt', 'js'])
      expect(media).not.toMatch(new RegExp(`\\b${type}\\b`))
  })

  it('answers hosts without a site with «Сайт не найден», in the network and by default', () => {
    const server = block(config, 'server {')
    expect(server).toContain('if (!-d $document_root) {')
    expect(block(server, 'location = /.union-sites/unknown-host {')).toContain('internal;')
    const fallback = block(config, '# Any other Host')
    expect(fallback).toContain('listen 80 default_server;')
    expect(fallback).toContain('server_name _;')
    const page = unknownHostPage().replace(/["\\]/g, (ch) => `\\${ch}`)
    expect(fallback).toContain(`return 404 "${page}";`)
    expect(page).not.toMatch(/mosfed|href=/)
    const without = nginxConfig({ ...base, defaultServer: false })
    expect(without).not.toContain('default_server')
    expect(without.match(/^server \{/gm)).toHaveLength(2)
  })

  it('compresses, hides the version and sends the security headers on every status', () => {
    for (const line of ['gzip on;', 'gzip_static on;', 'gzip_vary on;', 'server_tokens off;'])
      expect(config).toContain(line)
    expect(config).toContain('# brotli on;')
    expect(config).toContain('add_header X-Content-Type-Options "nosniff" always;')
    expect(config).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;')
    expect(config).toContain(`add_header Content-Security-Policy "${SITE_CSP}" always;`)
    expect(nginxConfig({ ...base, brotli: true })).toMatch(/^\s+brotli on;$/m)
  })

  it('declares every file type of the preview server', () => {
    const types = block(config, 'types {')
    for (const type of FILE_TYPES)
      expect(types).toMatch(
        new RegExp(`${type.mime.replace(/[+.]/g, '\\$&')}\\s+${type.extensions.join(' ')};`),
      )
  })

  it('is an http-block fragment without process settings', () => {
    for (const directive of ['events', 'pid ', 'http {', 'user ', 'error_log'])
      expect(config).not.toContain(directive)
  })

  it('refuses what would break or inject into the config', () => {
    expect(() => nginxConfig({ ...base, outDir: 'dist/sites' })).toThrow(/absolute/)
    expect(() => nginxConfig({ ...base, outDir: '/srv/$host' })).toThrow(/\$/)
    expect(() => nginxConfig({ ...base, mediaDir: '/srv/"x' })).toThrow()
    expect(() => nginxConfig({ ...base, hosts: ['evil.ru; return 200'] })).toThrow(
      /not a host name/,
    )
    expect(() => nginxConfig({ ...base, networkDomains: ['Mosfed.ru'] })).toThrow(/not a host name/)
    expect(() => nginxConfig({ ...base, listen: ['80; include /x'] })).toThrow(/listen/)
    expect(() => nginxConfig({ ...base, hosts: [], networkDomains: [] })).toThrow(/nothing/)
  })
})

describe('nginxConfig (standalone, for tests)', () => {
  const standalone = nginxConfig({
    ...base,
    listen: ['127.0.0.1:18080'],
    standalone: { prefix: '/tmp/ngx', user: 'root' },
  })

  it('keeps pid, logs and temporary files under the prefix', () => {
    expect(standalone).toContain('pid "/tmp/ngx/nginx.pid";')
    expect(standalone).toContain('error_log "/tmp/ngx/error.log" warn;')
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(standalone).toContain(`${temp}_temp_path "/tmp/ngx/${temp}_temp";`)
    expect(standalone).toContain('user root;')
    expect(block(standalone, 'http {')).toContain('listen 127.0.0.1:18080;')
    expect(standalone).not.toContain('listen 80;')
  })

  it('has balanced braces', () => {
    expect(standalone.match(/\}/g)!.length).toBe(standalone.match(/\{/g)!.length)
  })
})

if (!hasNginx()) {
  console.warn('\n`nginx -t` check SKIPPED: /usr/sbin/nginx is absent (apt-get install nginx).\n')
}

describe.skipIf(!hasNginx())('nginxConfig against Debian nginx', () => {
  it('passes `nginx -t` in the http block of a minimal nginx.conf (as in conf.d/)', () => {
    const prefix = mkdtempSync(path.join(tmpdir(), 'union-sites-nginx-t-'))
    try {
      writeFileSync(path.join(prefix, 'union-sites.conf'), config)
      const main = [
        `pid ${prefix}/nginx.pid;`,
        `error_log ${prefix}/error.log;`,
        'events {}',
        `http { include ${prefix}/union-sites.conf; }`,
      ]
      writeFileSync(path.join(prefix, 'nginx.conf'), main.join('\n'))
      const result = nginxTest(path.join(prefix, 'nginx.conf'), prefix)
      expect(result.ok, result.output).toBe(true)
      expect(result.output).not.toMatch(/\[warn\]/)
    } finally {
      rmSync(prefix, { recursive: true, force: true })
    }
  })
})
