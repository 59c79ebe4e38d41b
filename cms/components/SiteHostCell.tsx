import type { DefaultServerCellComponentProps } from 'payload'
import { siteHomeUrl } from '../siteLinks/siteHomeUrl'

/**
 * A host on «Публикация сайтов»: the row's link to its record, and beside it the live site in a
 * new tab (the host names were plain text).
 */
export function SiteHostCell({ cellData, link, linkURL }: DefaultServerCellComponentProps) {
  const host = typeof cellData === 'string' ? cellData : ''
  if (!host) return null
  return (
    <span>
      {link && linkURL ? <a href={linkURL}>{host}</a> : host}{' '}
      <a href={siteHomeUrl(host)} target="_blank" rel="noopener noreferrer">
        открыть сайт ↗
      </a>
    </span>
  )
}
