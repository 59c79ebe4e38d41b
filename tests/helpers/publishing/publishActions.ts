import type { Payload } from 'payload'
import { apiClient } from '../apiClient'

export type Versioned = 'posts' | 'pages'
type Id = number | string

/**
 * The publish-state transitions an editor makes, sent through REST exactly as the admin sends
 * them (Payload's UnpublishButton, PublishButton, «Сохранить черновик», version restore), plus
 * the scheduled (un)publication the admin queues as a `schedulePublish` job.
 */
export function publishActions(payload: Payload, login: { email: string; password: string }) {
  const api = apiClient(payload)
  const token = () => api.login(login.email, login.password)

  async function call(method: string, path: string, body?: unknown) {
    const answer = await api.rest(method, path, { token: await token(), body })
    if (answer.status >= 300)
      throw new Error(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`)
    return answer.body
  }

  return {
    async create(collection: Versioned, data: Record<string, unknown>, publish: boolean) {
      const query = publish ? '' : '?draft=true'
      const body = await call('POST', `/${collection}${query}`, {
        ...data,
        _status: publish ? 'published' : 'draft',
      })
      return body.doc.id as Id
    },
    /** «Сохранить черновик»: a newer draft; the published version stays live. */
    saveDraft: (collection: Versioned, id: Id, data: Record<string, unknown>) =>
      call('PATCH', `/${collection}/${id}?draft=true&depth=0`, { ...data, _status: 'draft' }),
    publish: (collection: Versioned, id: Id, data: Record<string, unknown> = {}) =>
      call('PATCH', `/${collection}/${id}?depth=0`, { ...data, _status: 'published' }),
    /** «Снять с публикации», as Payload's UnpublishButton sends it. */
    unpublish: (collection: Versioned, id: Id) =>
      call('PATCH', `/${collection}/${id}?depth=0&fallback-locale=null&unpublishAllLocales=false`, {
        _status: 'draft',
      }),
    remove: (collection: Versioned, id: Id) => call('DELETE', `/${collection}/${id}`),
    /** The versions of a document, newest first. */
    async versions(collection: Versioned, id: Id) {
      const body = await call(
        'GET',
        `/${collection}/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0&limit=100`,
      )
      return body.docs as { id: Id; version: { _status?: string; title?: string } }[]
    },
    /** «Восстановить эту версию» (not as a draft). */
    restore: (collection: Versioned, versionId: Id) =>
      call('POST', `/${collection}/versions/${versionId}?depth=0`),
    /** A scheduled (un)publication that is due now, run by the jobs runner as in production. */
    async schedule(collection: Versioned, id: Id, type: 'publish' | 'unpublish') {
      const user = (
        await payload.find({
          collection: 'users',
          where: { email: { equals: login.email } },
          depth: 0,
          limit: 1,
        })
      ).docs[0]!
      const job = await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type,
          doc: { relationTo: collection, value: String(id) },
          user: { relationTo: 'users', value: user.id },
        },
        waitUntil: new Date(Date.now() - 1000),
      } as never)
      await payload.jobs.run()
      // A completed job is deleted; one left behind failed or never ran.
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { id: { equals: job.id } },
        depth: 0,
      })
      if (docs.length > 0)
        throw new Error(`scheduled ${type} did not run: ${JSON.stringify(docs[0])}`)
    },
  }
}

export type PublishActions = ReturnType<typeof publishActions>
