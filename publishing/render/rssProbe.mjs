// Preloaded into the astro process (node --import) by astroBuild.ts: on exit it appends the
// process's peak resident memory in KiB to the file named by its own URL (`rssProbe.mjs?file=…`).
// A parent cannot read a child's rusage from Node, and /usr/bin/time is not on every machine.
// The URL, not an environment variable, carries the file: this plain .mjs cannot import the
// TypeScript config/, the one reader of the environment.
import { appendFileSync } from 'node:fs'

const file = new URL(import.meta.url).searchParams.get('file')
if (file) {
  process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`))
}
