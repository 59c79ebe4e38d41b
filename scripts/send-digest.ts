/**
 * The weekly digest of one week, sent by a process of its own: started by the `mailWeeklyDigest`
 * job (cms/mailings/sendDigestsInChild.ts) with a bounded heap, usable by hand to finish a week:
 *
 *   npm run send-digest -- --week 2026-12-01T00:00:00Z
 *
 * Prints a progress line of JSON now and then and one `RESULT {...}` line at the end. No
 * signsNoLogins here: the unsubscribe tokens are keyed by PAYLOAD_SECRET, which must be the
 * admin server's own.
 */
import { parseArgs } from 'node:util'
import { createLocalReq } from 'payload'
import { bootPayload } from '../cms/lib/bootPayload'
import { sendDigests } from '../cms/mailings/sendDigests'
import { weekOf } from '../domain/mailings/digestWeek'

const PROGRESS_EVERY_MS = 10_000

const { values } = parseArgs({ options: { week: { type: 'string' } } })
const at = new Date(values.week ?? '')
if (Number.isNaN(at.getTime())) {
  console.error('Usage: tsx scripts/send-digest.ts --week <any ISO instant inside the week>')
  process.exit(2)
}
const payload = await bootPayload()
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
let last = performance.now()
const stats = await sendDigests(await createLocalReq({}, payload), weekOf(at), {
  onBatch: (s) => {
    if (performance.now() - last < PROGRESS_EVERY_MS) return
    last = performance.now()
    console.log(JSON.stringify({ progress: { ...s, peakRssMb: rssMb() } }))
  },
})
console.log(`RESULT ${JSON.stringify({ ...stats, peakRssMb: rssMb() })}`)
process.exit(0)
