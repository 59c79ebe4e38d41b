import { describe, expect, it } from 'vitest'
import {
  failedPlaywrightTests,
  failedVitestTests,
  firstLine,
  flakyPlaywrightTests,
} from '../../tools/test/failedTests'

describe('the failed tests npm test names at the end of its log', () => {
  it('names a failed vitest test with its run and the first line of its error, without colours', () => {
    const run = {
      testResults: [
        {
          name: '/repo/tests/int/a.int.spec.ts',
          assertionResults: [
            { fullName: 'publishes once', status: 'passed' },
            {
              fullName: 'keeps the live site',
              status: 'failed',
              failureMessages: [
                '\n\u001b[31mAssertionError: expected 2 to be 1\u001b[39m\n    at x.ts:1',
              ],
            },
          ],
        },
      ],
    }
    expect(failedVitestTests(run, '/repo', 'int-postgres')).toEqual([
      {
        name: 'tests/int/a.int.spec.ts › keeps the live site [int-postgres]',
        why: 'AssertionError: expected 2 to be 1',
      },
    ])
  })

  it('names a Playwright test that failed in every attempt, with its describe path and line, not a flaky one', () => {
    const suites = [
      {
        title: 'siteVisits.e2e.spec.ts',
        file: 'siteVisits.e2e.spec.ts',
        specs: [],
        suites: [
          {
            title: '«Посещаемость»',
            specs: [
              {
                title: 'counts a visit',
                line: 42,
                tests: [
                  {
                    status: 'unexpected',
                    projectName: 'admin',
                    results: [
                      {
                        status: 'failed',
                        error: { message: 'Error: Timed out 5000ms\nCall log:' },
                      },
                    ],
                  },
                ],
              },
              {
                title: 'passed on retry',
                tests: [{ status: 'flaky', results: [{ error: { message: 'first try' } }, {}] }],
              },
            ],
          },
        ],
      },
    ]
    expect(failedPlaywrightTests(suites)).toEqual([
      {
        name: 'siteVisits.e2e.spec.ts:42 › «Посещаемость» › counts a visit [admin]',
        why: 'Error: Timed out 5000ms | Call log:',
      },
    ])
    expect(flakyPlaywrightTests(suites)).toEqual([
      { name: 'siteVisits.e2e.spec.ts › «Посещаемость» › passed on retry', why: 'first try' },
    ])
  })

  it('shortens a long first line and says when there is no message', () => {
    expect(firstLine('x'.repeat(400))).toHaveLength(301)
    expect(firstLine(undefined)).toBe('(no message)')
  })
})
