/**
 * The address a login came from, for rate limiting. Behind the production nginx
 * (`proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`), the LAST hop of
 * X-Forwarded-For is the address nginx itself saw; earlier hops are whatever the client sent, so
 * they are never used. Without a trusted proxy in front, a client could name its own address and
 * spread its attempts over invented ones, so production must run behind one (docs/SECURITY.md).
 * The Local API has no client: 'local'.
 */
export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get('x-forwarded-for')
  const last = forwarded?.split(',').pop()?.trim()
  if (last) return last.slice(0, 64)
  const real = headers?.get('x-real-ip')?.trim()
  return real ? real.slice(0, 64) : 'local'
}
