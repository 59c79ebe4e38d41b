/**
 * Links in CMS HTML to this site's own origin made root-relative ("https://x.ru/news/a/" →
 * "/news/a/"): the snapshot names every internal link by its canonical URL, since one text is
 * shown on many sites; on the target's own host the link stays on the host the reader uses
 * (a preview port, a mirror) instead of jumping to the canonical one.
 */
export function localLinks(html: string, origin: string): string {
  const own = origin.replace(/\/+$/, '')
  const escaped = own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return html.replace(
    new RegExp(`(\\shref=")${escaped}(/[^"]*)?"`, 'g'),
    (_, attr: string, path: string | undefined) => `${attr}${path ?? '/'}"`,
  )
}
