import { configValue } from '../../config/index'
import { siteOrigin } from '../../domain/hosts/sitePlacement'

/** A host's home page, as readers open it (SITES_ORIGIN_TEMPLATE). */
export const siteHomeUrl = (host: string): string =>
  `${siteOrigin(host, configValue('SITES_ORIGIN_TEMPLATE'))}/`
