import type { AddressInfo } from 'node:net'
import { createLocalReq, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { sendDigests } from '../../cms/mailings/sendDigests'
import { MailingRun } from '../../cms/mailings/mailingRun'
import { NetworkLimiter } from '../../cms/mailings/networkLimiter'
import type { DigestWeek } from '../../domain/mailings/digestWeek'

const seconds = (t: number) => (performance.now() - t) / 1000

/** An SMTP sink on 127.0.0.1 that accepts and counts every message and keeps none. */
async function startSink() {
  let messages = 0
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    // The sink answers at once: no reverse lookup of 127.0.0.1 per connection.
    disableReverseLookup: true,
    onData: (stream, _session, callback) => {
      stream.on('end', () => {
        messages++
        callback()
      })
      stream.resume()
    },
  })
  const port = await new Promise<number>((resolve) => {
    const l = server.listen(0, '127.0.0.1', () => resolve((l.address() as AddressInfo).port))
  })
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => messages,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/**
 * The sender of the weekly digest, alone in a fresh process on the data digestSeed.ts left (so its
 * peak RSS is the sender's own plus Payload's): every confirmed weekly subscription's digest for
 * `week` rendered and handed to a local SMTP sink. Reports messages/s, peak RSS and total time.
 * The per-network rate limit is lifted: this measures the pipeline.
 */
export async function digestBench(payload: Payload, week: DigestWeek) {
  const sink = await startSink()
  process.env.SMTP_URL = sink.url
  process.env.EMAIL_FROM = 'Union Sites <no-reply@bench.test>'
  const req = await createLocalReq({}, payload)
  const rssBefore = process.memoryUsage().rss / 2 ** 20
  console.log(`  RSS of the sender before sending (Payload booted) ${rssBefore.toFixed(0)} MB`)
  const t = performance.now()
  const run = await MailingRun.open(payload, { limiter: new NetworkLimiter(1_000_000) })
  let last = performance.now()
  const stats = await sendDigests(
    req,
    week,
    {
      onBatch: (s) => {
        if (performance.now() - last < 10_000) return
        last = performance.now()
        const m = process.memoryUsage()
        // With NODE_OPTIONS=--expose-gc (a diagnosis, not a figure): what stays after a full GC.
        const gc = (globalThis as { gc?: () => void }).gc
        gc?.()
        const live = gc
          ? `, live heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`
          : ''
        console.log(
          `  … ${s.sent} sent in ${seconds(t).toFixed(0)} s, RSS ${(m.rss / 2 ** 20).toFixed(0)} MB, heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB${live}`,
        )
      },
    },
    run,
  )
  const total = seconds(t)
  const received = sink.count()
  await sink.close()
  const rssMb = process.resourceUsage().maxRSS / 1024
  console.log(
    `  ${stats.sent} digests (${received} received by the sink) in ${total.toFixed(1)} s: ${(stats.sent / total).toFixed(0)} messages/s, peak RSS of the sender ${rssMb.toFixed(0)} MB`,
  )
  return {
    digest: {
      sent: stats.sent,
      received,
      seconds: total,
      perSecond: stats.sent / total,
      peakRssMb: rssMb,
      rssBeforeMb: rssBefore,
    },
  }
}
