/**
 * One org's stand of one week as a PDF file; started by the admin's «Стенд на неделю»
 * (cms/stand/printStandInChild.ts), usable by hand:
 *
 *   npm run stand-week -- --org <id> --week 2026-w49 --out stand.pdf
 */
import '../tools/lib/signsNoLogins'
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { bootPayload } from '../cms/lib/bootPayload'
import { parseWeekLabel } from '../domain/stand/isoWeek'
import { printOrgWeek } from '../publishing/stand/printOrgWeek'

const { values } = parseArgs({
  options: { org: { type: 'string' }, week: { type: 'string' }, out: { type: 'string' } },
})
const week = parseWeekLabel(values.week ?? '')
if (!values.org || !week || !values.out) {
  console.error('Usage: tsx scripts/stand-week.ts --org <id> --week <yyyy-wNN> --out <file.pdf>')
  process.exit(2)
}
const payload = await bootPayload()
await writeFile(values.out, await printOrgWeek(payload, values.org, week))
process.exit(0)
