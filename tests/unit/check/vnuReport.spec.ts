import { describe, expect, it } from 'vitest'
import { parseVnuReport } from '../../../tools/checks/htmlValidator'
import { formatProblems } from '../../../tools/checks/problem'

describe('parseVnuReport', () => {
  const report = JSON.stringify({
    messages: [
      {
        type: 'error',
        url: 'file:/out/mfp.localhost/index.html',
        lastLine: 3,
        message: 'Stray end tag “div”.',
      },
      { type: 'info', subType: 'warning', url: 'file:/out/a.html', message: 'ignored' },
      {
        type: 'non-document-error',
        subType: 'io',
        url: 'file:/out/b.html',
        message: 'Cannot read',
      },
    ],
  })

  it('keeps errors with the file relative to the checked folder', () => {
    expect(parseVnuReport(report, '/out')).toEqual([
      { check: 'html', file: 'mfp.localhost/index.html', line: 3, message: 'Stray end tag “div”.' },
      { check: 'html', file: 'b.html', line: undefined, message: 'Cannot read' },
    ])
  })

  it('says so when vnu printed something else than its report', () => {
    expect(() => parseVnuReport('Error: Unable to access jarfile', '/out')).toThrow(
      /no JSON report/,
    )
  })

  it('formats one line per file and message, with the count of repeats', () => {
    const problem = { check: 'html' as const, file: 'a/index.html', message: 'Bad “li”.' }
    expect(
      formatProblems([
        { ...problem, line: 9 },
        { ...problem, line: 5 },
      ]),
    ).toBe('  [html] a/index.html:9: Bad “li”. (×2)')
  })
})
