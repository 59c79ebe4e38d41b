import { DEFAULT_TIME_ZONE } from '../consts'
import { rubricsOf, type Rubric } from '../lib/feed'
import { outputPrefix } from '../lib/urls'
import { archiveYears, type ArchiveYear } from '../lib/archive'
import type { Snapshot } from '../../../domain/contract/snapshot'
import { getTheme } from '../../../themes/index'
import type { Theme } from '../../../themes/schema'
import { toCssVariables } from '../../../themes/toCssVariables'

/** One site ready to render: the snapshot plus what every page of it derives from it. */
export interface SiteData {
  /** The snapshot's file name, for logs. */
  source: string
  snapshot: Snapshot
  /** Output folder under OUT_DIR and the `[...site]` route param. */
  prefix: string
  theme: Theme
  /** CSS custom properties for <html style>. */
  style: string
  timeZone: string
  rubrics: Rubric[]
  /** Every item by year of publication, newest year first (the archive pages). */
  archive: ArchiveYear[]
}

export function toSiteData(snapshot: Snapshot, source: string): SiteData {
  const theme = getTheme(snapshot.site.theme)
  const timeZone = snapshot.site.timeZone ?? DEFAULT_TIME_ZONE
  return {
    source,
    snapshot,
    prefix: outputPrefix(snapshot.site),
    theme,
    style: toCssVariables(theme, snapshot.site.accentColor),
    timeZone,
    rubrics: rubricsOf(snapshot),
    archive: archiveYears(snapshot.feed, timeZone),
  }
}
