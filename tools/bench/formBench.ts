import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createChallenge, randomInt, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { handleEndpoints, type Payload } from 'payload'
import { formSecrets } from '../../cms/forms/formSecret'
import { FORM_SETTINGS } from '../../cms/forms/formSettings'
import { guardRest } from '../../cms/requests/guardRest'
import { stats, type Stats } from './stats'

/** Sites the accepted inquiries are spread over: each takes 60 an hour (the per-site limit). */
const SITES = 40
const CONCURRENCY = 8

/**
 * The REST route as Next mounts it (guardRest around Payload's handleEndpoints), served by
 * node:http on 127.0.0.1 — the handler chain of `/api/forms/inquiry` without Next's own router.
 */
async function serve(payload: Payload): Promise<{ server: Server; origin: string }> {
  const route = guardRest(payload.config, (request: Request) =>
    handleEndpoints({ config: payload.config, request }),
  )
  const toRequest = async (req: IncomingMessage) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
    const body = chunks.length ? Buffer.concat(chunks) : undefined
    return new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body })
  }
  const server = createServer(async (req, res) => {
    const response = await route(await toRequest(req), undefined)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/**
 * Solutions made with the server's own secrets and cost but a tiny secret counter: checking a
 * solution costs the server one HMAC whatever the counter, so the figures are the server's
 * while the bench does not spend minutes solving as 1,000 readers' phones would.
 */
async function solutions(payload: Payload, n: number): Promise<string[]> {
  const secrets = formSecrets(payload)
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const challenge = await createChallenge({
      algorithm: FORM_SETTINGS.challenge.algorithm,
      cost: FORM_SETTINGS.challenge.cost,
      counter: randomInt(8),
      deriveKey,
      expiresAt: new Date(Date.now() + 30 * 60_000),
      hmacSignatureSecret: secrets.challenge,
      hmacKeySignatureSecret: secrets.key,
    })
    const solution = await solveChallenge({ challenge, deriveKey })
    out.push(Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'))
  }
  return out
}

async function createSites(payload: Payload, sitesDir: string) {
  const org = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: 'organizations', data: data as never, depth: 0 })).id
  const hosting = { mode: 'subdomain', networkDomain: 'bench.localhost' }
  const fed = await org({ name: 'Бенч', slug: 'bench', kind: 'federation', hosting })
  const union = await org({ name: 'Профсоюз', slug: 'union', kind: 'union', parent: fed })
  const root = {
    id: await org({ name: 'Терком', slug: 'ter', kind: 'territorial_org', parent: union }),
  }
  const sites: { id: string; host: string }[] = []
  for (let i = 0; i < SITES; i++) {
    const slug = `ppo-${i}`
    const org = await payload.create({
      collection: 'organizations',
      data: { name: `ППО ${i}`, slug, kind: 'primary_org', parent: root.id } as never,
      depth: 0,
    })
    const host = `${slug}.bench.localhost`
    mkdirSync(join(sitesDir, host, 'feedback'), { recursive: true })
    writeFileSync(join(sitesDir, host, 'index.html'), '<!doctype html><title>ППО</title>')
    sites.push({ id: String(org.id), host })
  }
  return sites
}

/** `n` requests, `concurrency` at a time; latency of each and the wall time of all. */
async function drive(n: number, send: (i: number) => Promise<number>, concurrency = CONCURRENCY) {
  const samples: number[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = performance.now()
        const status = await send(i)
        samples.push(performance.now() - t)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    }),
  )
  const seconds = (performance.now() - t0) / 1000
  return {
    ...stats(samples),
    perSecond: Math.round(n / seconds),
    statuses: Object.fromEntries(statuses),
  }
}

export type FormFigures = Stats & { perSecond: number; statuses: Record<number, number> }

/**
 * The public form endpoint under load with its rate limits on: accepted inquiries (each from
 * its own client address — the per-address limit is 5 per 10 min — spread over SITES sites,
 * with a fresh proof of work each), and a flood from one address answered 429.
 */
export async function formBench(payload: Payload, dataDir: string, accepted = 600) {
  const sitesDir = join(dataDir, 'sites')
  process.env.SITES_DIR = sitesDir
  const sites = await createSites(payload, sitesDir)
  const SERIAL = 100
  const altchas = await solutions(payload, accepted + SERIAL + 20)
  const { server, origin } = await serve(payload)
  const post = async (i: number, ip: string, altcha?: string) => {
    const site = sites[i % sites.length]!
    const form = new FormData()
    const fields = {
      org: site.id,
      topic: 'pay',
      message: `Задерживают зарплату второй месяц, обращение ${i}.`,
      name: 'Иван Петров',
      email: `reader${i}@example.ru`,
      consent: 'yes',
      website: '',
    }
    for (const [k, v] of Object.entries(fields)) form.append(k, v)
    if (altcha) form.append('altcha', altcha)
    const res = await fetch(`${origin}/api/forms/inquiry`, {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json', 'X-Forwarded-Host': site.host, 'X-Forwarded-For': ip },
    })
    await res.arrayBuffer()
    return res.status
  }
  const ip = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`
  try {
    // Warm-up: the first requests compile the routes and fill caches.
    await drive(20, (i) => post(i, ip(100_000 + i), altchas[accepted + i]))
    // One at a time: the latency of one inquiry with nothing queued before it.
    const serial = await drive(
      SERIAL,
      (i) => post(i, ip(200_000 + i), altchas[accepted + 20 + i]),
      1,
    )
    const stored = await drive(accepted, (i) => post(i, ip(i), altchas[i]))
    const flood = await drive(1000, (i) => post(i, '192.0.2.1'))
    return { serial, stored, flood }
  } finally {
    server.close()
  }
}
