// Preloaded into the astro process (node --import) by astroBuild.ts: on exit it appends the
// process's peak resident memory in KiB to $UNION_SITES_RSS_FILE. A parent cannot read a
// child's rusage from Node, and /usr/bin/time is not on every machine.
import { appendFileSync } from 'node:fs'

const file = process.env.UNION_SITES_RSS_FILE
if (file) {
  process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`))
}
