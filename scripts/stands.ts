/**
 * `npm run stands`: the weekly stand's printer (publishing/stand/). Prints
 * `<base>/stand/<week>.pdf` of every published site whose stand changed, into its live release,
 * and on Monday from 07:00 (Moscow) queues every org's stand of the past week to its chairperson
 * or information officer (the `mailStand` job, sent by the admin server's job runner).
 *
 *   npm run stands [-- --once] [--no-mail]
 */
import '../tools/lib/signsNoLogins'
import { parseArgs } from 'node:util'
import { bootPayload } from '../cms/lib/bootPayload'
import { runStandPrinter } from '../publishing/stand/standPrinter'
import { publishDirs } from '../publishing/worker/publishDirs'

const { values } = parseArgs({
  options: {
    once: { type: 'boolean', default: false },
    'no-mail': { type: 'boolean', default: false },
  },
})

const payload = values['no-mail'] ? undefined : await bootPayload()
await runStandPrinter({ sitesDir: publishDirs().live, once: values.once, payload })
process.exit(0)
