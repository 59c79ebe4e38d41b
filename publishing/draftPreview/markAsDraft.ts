/** What the top of a draft's preview says, above the site's own header. */
export interface DraftNotice {
  /** The organization whose site the draft is shown on. */
  orgName: string
  /** The origin of that site: its links, styles and images are read from there. */
  siteOrigin: string
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A rendered article page turned into a draft's preview: not indexed, its relative addresses
 * resolved against the live site (styles, images, menu links), and a notice above everything
 * that it is a draft only its editors see. Throws if the page has no head or body, which the
 * site's layout always writes.
 */
export function markAsDraft(html: string, notice: DraftNotice): string {
  const head = html.indexOf('<head>')
  const body = /<body[^>]*>/.exec(html)
  if (head < 0 || !body) throw new Error('draft preview: the page has no <head> or <body>')
  const origin = new URL(notice.siteOrigin).origin
  const meta =
    `<base href="${escapeHtml(origin)}/">` +
    '<meta name="robots" content="noindex, nofollow">' +
    '<meta name="referrer" content="no-referrer">'
  const banner =
    '<div role="status" style="position:sticky;top:0;z-index:1000;padding:.75rem 1rem;' +
    'background:#fff3cd;color:#3d2e00;border-bottom:2px solid #b38600;font:1rem/1.4 system-ui,sans-serif">' +
    `<strong>Черновик.</strong> Так материал будет выглядеть на сайте «${escapeHtml(notice.orgName)}» после публикации. ` +
    'Читатели его пока не видят; ссылка действует 10 минут.</div>'
  const afterHead = head + '<head>'.length
  const bodyEnd = body.index + body[0].length
  return (
    html.slice(0, afterHead) + meta + html.slice(afterHead, bodyEnd) + banner + html.slice(bodyEnd)
  )
}
