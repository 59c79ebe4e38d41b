import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { OrgDirectory } from '../../cms/export/orgDirectory'

/**
 * The organizations whose live site does not show the post: its article page
 * (`<live>/<host><basePath>/news/<slug>/index.html`) is missing or lacks the title. Read from
 * the disk, where the web server reads it, for every organization of the directory.
 */
export function sitesWithoutPost(
  liveDir: string,
  directory: OrgDirectory,
  slug: string,
  title: string,
): string[] {
  const missing: string[] = []
  for (const org of directory.orgs.values()) {
    const { host, basePath } = directory.address(org.id)
    const file = path.join(liveDir, host, basePath, 'news', slug, 'index.html')
    let html = ''
    try {
      html = readFileSync(file, 'utf8')
    } catch {
      // missing: reported below
    }
    if (!html.includes(title)) missing.push(`${host}${basePath}`)
  }
  return missing
}
