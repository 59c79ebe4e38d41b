import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { configValue } from '../../../config'
import { OrgDirectory } from '../../../cms/export/orgDirectory'
import { PublishWorker } from '../../../publishing/worker/publishWorker'
import { tinyBuild } from '../publishing/tinyBuild'
import { startTestPayload, type TestPayload } from '../testPayload'
import { buildWorld, type World } from '../world'
import { startTestMailbox, type TestMailbox } from './testMailbox'

export interface MailingStack {
  payload: Payload
  world: World
  mailbox: TestMailbox
  /** The real publishing worker (a one-page build) releases what changed; then the jobs run. */
  release(): Promise<void>
  runJobs(): Promise<void>
  /** A published post of `org` with a lead. */
  post(org: string | number, title: string, extra?: Record<string, unknown>): Promise<number>
  /** The site host of an org (re-read: placements change with the directory). */
  hostOf(org: string | number): string
  /** A header of a received message, unfolded, without its name. */
  header(mail: ParsedMail, name: string): string | undefined
  close(): Promise<void>
}

/**
 * What the mailing suites share: the test mailbox as the product's SMTP server, https site
 * origins (the one-click link must be https), the small world, and a publishing worker whose
 * releases are the live sites the public forms check the host against.
 */
export async function startMailingStack(from: string): Promise<MailingStack> {
  const before = {
    SITES_ORIGIN_TEMPLATE: configValue('SITES_ORIGIN_TEMPLATE'),
    SITES_DIR: configValue('SITES_DIR'),
  }
  const mailbox = await startTestMailbox()
  const restoreMail = mailbox.pointProductHere({ from })
  const root = mkdtempSync(path.join(tmpdir(), 'union-sites-mailings-'))
  process.env.SITES_ORIGIN_TEMPLATE = 'https://{host}'
  process.env.SITES_DIR = path.join(root, 'sites')
  const t: TestPayload = await startTestPayload()
  const payload = t.payload
  const world = await buildWorld(payload)
  let directory = await OrgDirectory.load(payload)
  const worker = new PublishWorker(payload, {
    dirs: { live: path.join(root, 'sites'), releases: path.join(root, 'releases') },
    workDir: path.join(root, 'work'),
    build: tinyBuild(() => {}, 0),
  })
  const runJobs = async () => {
    for (let i = 0; i < 3; i++) await payload.jobs.run({ limit: 100 })
  }
  const stack: MailingStack = {
    payload,
    world,
    mailbox,
    async release() {
      while ((await worker.runOnce()) !== null) {
        // until the queue is empty
      }
      await runJobs()
      directory = await OrgDirectory.load(payload)
    },
    runJobs,
    async post(org, title, extra = {}) {
      const doc = await payload.create({
        collection: 'posts',
        data: {
          title,
          organization: org,
          _status: 'published',
          lead: `Анонс: ${title}`,
          ...extra,
        } as never,
        depth: 0,
      })
      return doc.id as number
    },
    hostOf: (org) => directory.address(org).host,
    header: (mail, name) =>
      mail.headerLines
        .find((h) => h.key === name.toLowerCase())
        ?.line.replace(/\r?\n[ \t]+/g, ' ')
        .replace(/^[^:]+:\s*/, ''),
    async close() {
      restoreMail()
      for (const [name, value] of Object.entries(before)) process.env[name] = String(value)
      await t.close()
      await mailbox.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
  return stack
}
