/**
 * A mailing sender as its own process, for the crash test (tests/int/mailings.int.spec.ts): the
 * real sendDigests on the database in DATABASE_URI, handing mail to SMTP_URL, for the week that
 * contains the instant in argv[2], `argv[3]` subscriptions per batch. The test SIGKILLs it
 * mid-batch; the environment (database, secret, SMTP, rate) is the parent's.
 */
import { createLocalReq } from 'payload'
import { bootPayload } from '../../../cms/lib/bootPayload'
import { sendDigests } from '../../../cms/mailings/sendDigests'
import { weekOf } from '../../../domain/mailings/digestWeek'

const payload = await bootPayload()
const req = await createLocalReq({}, payload)
console.log('ready')
const stats = await sendDigests(req, weekOf(new Date(process.argv[2]!)), {
  batch: Number(process.argv[3] ?? 10),
})
console.log(`done ${JSON.stringify(stats)}`)
await payload.destroy()
process.exit(0)
