/**
 * The sites' access log in nginx (domain/visits/accessLogLine.ts describes the line): a
 * `log_format` without `$remote_addr`, so no client address reaches the disk, and the two maps
 * it needs — the path cut at `?` (a query may carry a name or an e-mail) and the referer cut to
 * its origin. Every server of the config sets its own `access_log`, which replaces the
 * http-level one of Debian's nginx.conf (combined, with addresses) for these sites.
 */
import { quote } from './nginxQuote'

export const ACCESS_LOG_FORMAT = 'union_sites'

/** Debian's log folder (logrotate's nginx rule rotates `*.log` there daily, 14 kept). */
export const DEFAULT_ACCESS_LOG = '/var/log/nginx/union-sites.access.log'

/** http-level: the format and its maps (after the redirect map, which sizes the map hashes). */
export function accessLogFormat(): string[] {
  return [
    '# Access log without client addresses (docs/PRODUCTION.md, «Статистика посещений»).',
    'map $request_uri $union_sites_path {',
    '    "~^(?<union_sites_p>[^?]*)"  $union_sites_p;',
    '}',
    'map $http_referer $union_sites_referer {',
    '    "~*^(?<union_sites_rs>https?://)(?:[^/?#@]*@)?(?<union_sites_rh>[^/?#@]+)"  $union_sites_rs$union_sites_rh;',
    '    default  "-";',
    '}',
    `log_format ${ACCESS_LOG_FORMAT}`,
    '    \'$time_iso8601 $host - "$request_method $union_sites_path" $status $body_bytes_sent \'',
    '    \'"$union_sites_referer" "$http_user_agent"\';',
  ]
}

/** Inside each server: this log only (the inherited ones, with addresses, no longer apply). */
export function accessLogDirective(file: string): string[] {
  return [`access_log ${quote(file)} ${ACCESS_LOG_FORMAT};`]
}
