/**
 * Checks a build output: every page valid HTML (Nu Html Checker), every XML file well-formed,
 * no broken internal link.
 *   npm run check:sites -- --out <dir> [--media <dir>] [--no-html] [--partial]
 * --partial: the output holds only some sites of its network (links to the others are skipped).
 * Exits 1 listing every problem by file, 2 on wrong arguments.
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { checkSites, summarize } from '../tools/checks/checkSites'
import { formatProblems } from '../tools/checks/problem'

const usage =
  'Usage: npm run check:sites -- --out <build output dir> [--media <uploads dir>] [--no-html] [--partial]'
let values: { out?: string; media?: string; 'no-html'?: boolean; partial?: boolean }
try {
  ;({ values } = parseArgs({
    options: {
      out: { type: 'string' },
      media: { type: 'string' },
      'no-html': { type: 'boolean', default: false },
      partial: { type: 'boolean', default: false },
    },
  }))
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${usage}`)
  process.exit(2)
}
if (!values.out) {
  console.error(usage)
  process.exit(2)
}
for (const [flag, dir] of [
  ['--out', values.out],
  ['--media', values.media],
] as const) {
  if (dir !== undefined && !existsSync(dir)) {
    console.error(`${flag} ${dir}: no such folder.`)
    process.exit(2)
  }
}

try {
  const report = await checkSites({
    outDir: values.out,
    mediaDir: values.media,
    html: !values['no-html'],
    partial: values.partial,
  })
  console.log(summarize(report))
  if (report.problems.length > 0) {
    console.error(`\n✘ ${report.problems.length} problem(s):\n${formatProblems(report.problems)}`)
    process.exit(1)
  }
  console.log('✔ No problems.')
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
