import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isStandPdf, standPdfLinks } from '../../publishing/stand/standPdfLinks'

const live = mkdtempSync(path.join(tmpdir(), 'union-sites-stand-links-'))
afterAll(() => rmSync(live, { recursive: true, force: true }))

describe('the stand PDFs a new release keeps', () => {
  it('links the live PDF of every print page the new release has, and no other', () => {
    for (const pdf of ['stand/2026-w49.pdf', 'stand/2026-w48.pdf', 'org/ppo/stand/2026-w49.pdf']) {
      mkdirSync(path.dirname(path.join(live, pdf)), { recursive: true })
      writeFileSync(path.join(live, pdf), '%PDF')
    }
    const planned = [
      'index.html',
      'stand/index.html',
      'stand/2026-w49/index.html',
      'org/ppo/stand/2026-w49/index.html',
      // A section whose PDF has not been printed yet: nothing to keep.
      'org/other/stand/2026-w49/index.html',
    ]
    expect(standPdfLinks(planned, live)).toEqual([
      { file: 'stand/2026-w49.pdf', from: path.join(live, 'stand/2026-w49.pdf') },
      { file: 'org/ppo/stand/2026-w49.pdf', from: path.join(live, 'org/ppo/stand/2026-w49.pdf') },
    ])
    // The week no longer planned (w48) stays behind; a first release has nothing to keep.
    expect(standPdfLinks(planned, undefined)).toEqual([])
    expect(isStandPdf('org/ppo/stand/2026-w49.pdf')).toBe(true)
    expect(isStandPdf('news/stand/index.html')).toBe(false)
  })
})
