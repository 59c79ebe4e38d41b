import { existsSync } from 'node:fs'
import path from 'node:path'
import type { HostFile } from '../release/files/fileMessages'

const PRINT_PAGE = /^(.*\/)?stand\/(\d{4}-w\d{2})\/index\.html$/

/**
 * The stand PDFs of the live release that the new one keeps, hard-linked like unchanged pages:
 * the PDF of every print page the new release has (the stand job prints them after the swap, see
 * printStands.ts). A PDF of a week no longer planned is left behind with the old release.
 */
export function standPdfLinks(files: readonly string[], liveDir: string | undefined): HostFile[] {
  if (!liveDir) return []
  const links: HostFile[] = []
  for (const file of files) {
    const match = PRINT_PAGE.exec(file)
    if (!match) continue
    const pdf = `${match[1] ?? ''}stand/${match[2]}.pdf`
    if (existsSync(path.join(liveDir, pdf)))
      links.push({ file: pdf, from: path.join(liveDir, pdf) })
  }
  return links
}

export const isStandPdf = (file: string) => /(^|\/)stand\/\d{4}-w\d{2}\.pdf$/.test(file)
