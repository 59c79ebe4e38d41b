import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { configValue } from '../../config'
import { inquiryFormClient } from './inquiryFormClient'
import { startTestPayload, type TestPayload } from './testPayload'
import { buildWorld, type World } from './world'

/** Hosts of the world's sites (tests/helpers/world.ts: the federation's network is fed.localhost). */
export const PPO_A1 = 'ppo-a1.fed.localhost'
export const TER_A = 'ter-a.fed.localhost'
export const PPO_B1 = 'ppo-b1.fed.localhost'

export const PAGE = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/inquiryForm/feedbackPage.html'),
  'utf8',
)

export const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
)

export const fields = (org: string | number, extra: Record<string, string | undefined> = {}) => ({
  org: String(org),
  topic: 'safety',
  message: 'В цехе третью неделю не работает вентиляция.',
  name: 'Иван Петров',
  email: 'ivan@example.ru',
  phone: '',
  workplace: 'Цех №3',
  consent: 'yes',
  website: '',
  ...extra,
})

export interface InquiryFormWorld {
  t: TestPayload
  payload: Payload
  world: World
  form: ReturnType<typeof inquiryFormClient>
  sitesDir: string
}

/**
 * What the form endpoint's suites share: a CMS with the small federation, live site folders as
 * publishing leaves them (ППО А1 with its form page, the Терком with a section of ППО А2; ППО Б1
 * unpublished) under a SITES_DIR of their own, and no inquiry left between tests. `ready` hands
 * the started parts to the suite; `addresses` is the suite's own block of client addresses, so
 * two suites' rate-limit counts never meet.
 */
export function inquiryFormSuite(addresses: string, ready: (parts: InquiryFormWorld) => void) {
  let parts: InquiryFormWorld
  // Read through config like every reader (unset reads as its default, the same folder).
  const previousSitesDir = configValue('SITES_DIR')

  /** A live site folder as publishing leaves it: the home page, and the form page if given. */
  function publish(dir: string, feedbackPage?: string) {
    const root = path.join(parts.sitesDir, dir)
    mkdirSync(path.join(root, 'feedback'), { recursive: true })
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>home</title>')
    if (feedbackPage) writeFileSync(path.join(root, 'feedback', 'index.html'), feedbackPage)
  }

  beforeAll(async () => {
    const t = await startTestPayload()
    const world = await buildWorld(t.payload)
    const sitesDir = mkdtempSync(path.join(tmpdir(), 'union-sites-forms-'))
    parts = { t, payload: t.payload, world, form: inquiryFormClient(t.payload), sitesDir }
    process.env.SITES_DIR = sitesDir
    publish(PPO_A1, PAGE.replace('value="7"', `value="${world.orgs.ppoA1}"`))
    publish(TER_A)
    publish(`${TER_A}/org/ppo-a2`)
    ready(parts)
  }, 120_000)

  // A failed test must not leave inquiries behind for the next one to count.
  afterEach(async () => {
    await parts.payload.delete({ collection: 'inquiries', where: {} })
  })

  afterAll(async () => {
    process.env.SITES_DIR = previousSitesDir
    if (parts) rmSync(parts.sitesDir, { recursive: true, force: true })
    await parts?.t.close()
  })

  let ipCounter = 0
  return {
    publish,
    /** A fresh client address per test, so one test's counts never limit another's. */
    nextIp: () => `${addresses}${++ipCounter}`,
    inquiries: async (where: Record<string, unknown> = {}) =>
      (
        await parts.payload.find({
          collection: 'inquiries',
          where: where as never,
          depth: 0,
          limit: 100,
        })
      ).docs,
  }
}
