/**
 * Responses of the `.ts` endpoints. A static build writes only the body; the type matters for
 * `astro dev` and says what the file is (the web servers type files by extension).
 */
export function textResponse(body: string, type: 'xml' | 'rss' | 'atom' | 'text'): Response {
  const mime = {
    xml: 'application/xml',
    rss: 'application/rss+xml',
    atom: 'application/atom+xml',
    text: 'text/plain',
  }[type]
  return new Response(body, { headers: { 'Content-Type': `${mime}; charset=utf-8` } })
}
