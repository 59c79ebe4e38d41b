import type { DefaultServerCellComponentProps } from 'payload'
import { siteHomeUrl } from '../siteLinks/siteHomeUrl'

/**
 * A host on «Публикация сайтов»: the row's link to its record, and beside it the live site in a
 * new tab (the host names were plain text).
 */
export function SiteHostCell({
  cellData,
  collectionSlug,
  link,
  linkURL,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  const host = typeof cellData === 'string' ? cellData : ''
  if (!host) return null
  // Payload passes `linkURL` only when a collection formats its own document URLs; the default
  // cell builds it itself, and a custom cell must too, or the row cannot be opened.
  const record =
    linkURL ??
    `${payload.config.routes.admin}/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`
  return (
    <span>
      {link ? <a href={record}>{host}</a> : host}{' '}
      <a href={siteHomeUrl(host)} target="_blank" rel="noopener noreferrer">
        открыть сайт ↗
      </a>
    </span>
  )
}
