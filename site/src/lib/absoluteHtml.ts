/**
 * Root-relative links and images in CMS HTML ("/media/x.jpg", "/news/y/") made absolute on the
 * site's origin. A feed reader shows the HTML away from the site, where a root-relative URL
 * would point at the reader's own host. Protocol-relative ("//host/…") and absolute URLs stay.
 */

const URL_ATTR = /(\s(?:href|src|poster))\s*=\s*(["'])(\/(?!\/)[^"']*)\2/gi
const SRCSET_ATTR = /(\ssrcset)\s*=\s*(["'])([^"']*)\2/gi

function absolute(origin: string, url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? origin + url : url
}

export function absoluteHtml(html: string, origin: string): string {
  return html
    .replace(URL_ATTR, (_, name: string, quote: string, url: string) => {
      return `${name}=${quote}${absolute(origin, url)}${quote}`
    })
    .replace(SRCSET_ATTR, (_, name: string, quote: string, list: string) => {
      const candidates = list.split(',').map((c) => {
        const [url = '', ...descriptor] = c.trim().split(/\s+/)
        return [absolute(origin, url), ...descriptor].join(' ')
      })
      return `${name}=${quote}${candidates.join(', ')}${quote}`
    })
}
