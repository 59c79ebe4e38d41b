import { sql } from 'drizzle-orm'
import { createLocalReq, type Payload } from 'payload'
import { rawSql } from '../../cms/db/rawSql'
import { receiveInquiry } from '../../cms/inquiries/receiveInquiry'
import { SAMPLE_PDF } from './files'

type Id = number | string
const DAY = 86_400_000

/** Runs one statement on the test database (to date rows as if made in the past). */
export async function runSql(payload: Payload, query: ReturnType<typeof sql>) {
  const db = await rawSql(await createLocalReq({}, payload))
  return db!.run(query)
}

export const ago = (days: number, now: Date) => new Date(now.getTime() - days * DAY).toISOString()

export async function org(payload: Payload, data: Record<string, unknown>): Promise<Id> {
  return (await payload.create({ collection: 'organizations', data: data as never, depth: 0 })).id
}

export async function post(
  payload: Payload,
  organization: Id,
  publishedAt: string,
  extra: Record<string, unknown> = {},
): Promise<Id> {
  const doc = await payload.create({
    collection: 'posts',
    data: {
      title: `Новость ${publishedAt}`,
      organization,
      _status: 'published',
      publishedAt,
      ...extra,
    } as never,
    depth: 0,
  })
  return doc.id
}

export async function document(
  payload: Payload,
  organization: Id,
  docType: string,
  year: number,
  createdAt?: string,
): Promise<void> {
  const doc = await payload.create({
    collection: 'documents',
    data: { title: `Документ ${docType} ${year}`, docType, year, organization } as never,
    file: {
      data: SAMPLE_PDF,
      mimetype: 'application/pdf',
      name: `${docType}.pdf`,
      size: SAMPLE_PDF.length,
    },
    depth: 0,
  })
  if (createdAt)
    await runSql(payload, sql`UPDATE documents SET created_at = ${createdAt} WHERE id = ${doc.id}`)
}

/** An inquiry received `receivedDaysAgo` and first answered `hours` later (within target or not). */
export async function answeredInquiry(
  payload: Payload,
  organization: Id,
  now: Date,
  receivedDaysAgo: number,
  hours: number,
  withinTarget: boolean,
): Promise<void> {
  const { id } = await receiveInquiry(payload, {
    organization: String(organization),
    site: 'monitoring.fed.localhost',
    topic: 'safety',
    message: 'Вопрос о зарплате',
    name: 'Иван',
    email: 'ivan@reader.test',
  })
  const received = new Date(now.getTime() - receivedDaysAgo * DAY)
  const answered = new Date(received.getTime() + hours * 3_600_000)
  await runSql(
    payload,
    sql`UPDATE inquiries SET organization_id = ${Number(organization)}, received_at = ${received.toISOString()},
      first_answered_at = ${answered.toISOString()}, answered_within_target = ${sql.raw(withinTarget ? 'true' : 'false')}
      WHERE id = ${Number(id)}`,
  )
}

export async function confirmedSubscriber(payload: Payload, organization: Id, email: string) {
  await payload.create({
    collection: 'subscribers',
    data: {
      email,
      organization,
      mode: 'every',
      status: 'confirmed',
      tokenHash: `hash-${email}`,
      tokenSeed: 'seed',
      consentAt: new Date().toISOString(),
      confirmedAt: new Date().toISOString(),
    } as never,
    depth: 0,
  })
}

/** A live host owned by `organization`, as the publishing queue records it. */
export async function liveHost(payload: Payload, organization: Id, host: string) {
  await payload.create({
    collection: 'site-builds',
    data: { host, organization, publishedAt: new Date().toISOString() } as never,
    depth: 0,
  })
}
