/**
 * A `Content-Disposition: attachment` header after RFC 6266: an ASCII `filename` for old clients
 * (anything else replaced by `_`, quotes and backslashes never pass) and the exact name in
 * `filename*` as UTF-8 percent-encoding (RFC 8187), which every current browser prefers.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, '_')
  const encoded = encodeURIComponent(filename).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
