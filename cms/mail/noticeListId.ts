/**
 * The List-Id (RFC 2919) of one org's notices to its editors: `notices.<org id>.<admin host>`.
 * Mail clients filter and mute by it, which editors of busy organizations asked for; it is
 * stable for an org and unique per installation.
 */
export function noticeListId(orgId: string | number, serverUrl: string | undefined): string {
  let host = 'union-sites.localhost'
  try {
    if (serverUrl) host = new URL(serverUrl).hostname
  } catch {
    // A malformed SERVER_URL is refused by config at boot; the fallback only covers an empty one.
  }
  return `notices.${String(orgId).replace(/[^a-z0-9-]/gi, '')}.${host}`
}
