import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { DIGEST_SENDER_HEAP_MB, sendDigestsInChild } from '../../cms/mailings/sendDigestsInChild'
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
 * The sender of the weekly digest as the `mailWeeklyDigest` job starts it: a child process with
 * its bounded heap (sendDigestsInChild.ts) on the data digestSeed.ts left, so its peak RSS is the
 * sender's own plus Payload's. Every confirmed weekly subscription's digest for `week` rendered and
 * handed to a local SMTP sink; reports messages/s, peak RSS and total time. The per-network rate
 * limit is lifted: this measures the pipeline.
 */
export async function digestBench(week: DigestWeek) {
  const sink = await startSink()
  const t = performance.now()
  const result = await sendDigestsInChild(week, {
    env: {
      SMTP_URL: sink.url,
      EMAIL_FROM: 'Union Sites <no-reply@bench.test>',
      MAIL_RATE_PER_NETWORK: '1000000',
    },
    onProgress: (p) =>
      console.log(
        `  … ${p.sent} sent in ${seconds(t).toFixed(0)} s, peak RSS of the sender ${p.peakRssMb} MB`,
      ),
  })
  const total = seconds(t)
  const received = sink.count()
  await sink.close()
  console.log(
    `  ${result.sent} digests (${received} received by the sink) in ${total.toFixed(1)} s: ${(result.sent / total).toFixed(0)} messages/s, peak RSS of the sender ${result.peakRssMb} MB (heap bound ${DIGEST_SENDER_HEAP_MB} MB)`,
  )
  return {
    digest: {
      sent: result.sent,
      received,
      seconds: total,
      perSecond: result.sent / total,
      peakRssMb: result.peakRssMb,
    },
  }
}
