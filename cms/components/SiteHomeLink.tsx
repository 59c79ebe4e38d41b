import type { ServerComponentProps } from 'payload'
import { siteHomeUrl } from '../siteLinks/siteHomeUrl'

/** «Посмотреть на сайте» on a site's publishing record. */
export function SiteHomeLink({ data }: ServerComponentProps) {
  const host = typeof data?.host === 'string' ? data.host : ''
  if (!host) return null
  return (
    <p className="field-type">
      <a href={siteHomeUrl(host)} target="_blank" rel="noopener noreferrer">
        Посмотреть на сайте
      </a>
    </p>
  )
}
