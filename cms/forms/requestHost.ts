/**
 * The site host a form was posted from: the preview server and the sites' nginx forward
 * `/_forms/*` here with the site's Host as X-Forwarded-Host; a direct request has its own Host.
 * Lower-cased, without the port, and null unless it is a plain host name — it names a folder.
 */
export function requestHost(headers: Headers): string | null {
  const raw = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0]!.trim()
  const host = raw
    .toLowerCase()
    .replace(/:\d{1,5}$/, '')
    .replace(/\.$/, '')
  if (!host || host.length > 253 || !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(host)) return null
  if (host.includes('..')) return null
  return host
}
