import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedFormState } from '../../cms/security/guardedFormState'
import { serverFunctions } from '../../cms/security/serverFunctions'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
type Role = keyof World['users']
const token = (role: Role) => api.login(world.users[role].email, PASSWORD)
const userDoc = async (role: Role) => ({
  ...(await payload.findByID({ collection: 'users', id: world.users[role].id, depth: 0 })),
  collection: 'users' as const,
})

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
})
afterAll(async () => t?.close())

const count = async (collection: 'feed-decisions' | 'reposts' | 'proposals', post: unknown) =>
  (
    await payload.count({
      collection,
      where: { post: { equals: post } },
      overrideAccess: true,
    })
  ).totalDocs

describe('feed decisions and reposts name only posts that reach the org', () => {
  it('an editor cannot hide another org’s draft or a post that never reaches it (REST)', async () => {
    for (const post of [world.posts['unionB:draft'], world.posts['ppoB1:published']]) {
      const res = await api.rest('POST', '/feed-decisions', {
        token: await token('ppoEditor'),
        body: { post, organization: world.orgs.ppoA1, action: 'pin' },
      })
      expect(res.status, JSON.stringify(res.body?.errors)).toBe(400)
      expect(JSON.stringify(res.body?.errors)).toMatch(/материал/i)
      expect(await count('feed-decisions', post)).toBe(0)
    }
  })

  it('the same through the Local API with access enforced', async () => {
    const errors = await expectRefused(async () =>
      payload.create({
        collection: 'feed-decisions',
        data: {
          post: world.posts['unionB:draft'],
          organization: world.orgs.ppoA1,
          action: 'hide',
        } as never,
        overrideAccess: false,
        user: (await userDoc('ppoEditor')) as never,
        depth: 0,
      }),
    )
    expect(errors[0]?.message).toMatch(/опубликован/)
    expect(await count('feed-decisions', world.posts['unionB:draft'])).toBe(0)
  })

  it('a post arriving from above may be hidden or pinned', async () => {
    const res = await api.rest('POST', '/feed-decisions', {
      token: await token('ppoEditor'),
      body: { post: world.posts['fed:published'], organization: world.orgs.ppoA1, action: 'pin' },
    })
    expect(res.status, JSON.stringify(res.body?.errors)).toBe(201)
  })

  it('reposts: a lower org’s published story, never a draft or a stranger’s post', async () => {
    const ok = await api.rest('POST', '/reposts', {
      token: await token('terAdmin'),
      body: { post: world.posts['ppoA1:published'], organization: world.orgs.terA },
    })
    expect(ok.status, JSON.stringify(ok.body?.errors)).toBe(201)
    for (const post of [world.posts['ppoA2:draft'], world.posts['ppoB1:published']]) {
      const res = await api.rest('POST', '/reposts', {
        token: await token('terAdmin'),
        body: { post, organization: world.orgs.terA },
      })
      expect(res.status, JSON.stringify(res.body?.errors)).toBe(400)
      expect(await count('reposts', post)).toBe(0)
    }
    // Re-pointing an existing repost at a stranger’s post is refused too.
    const moved = await api.rest('PATCH', `/reposts/${ok.body.doc.id}`, {
      token: await token('terAdmin'),
      body: { post: world.posts['unionB:draft'] },
    })
    expect(moved.status).toBe(400)
  })
})

describe('deleting a post takes its decisions, reposts and proposals with it', () => {
  it('the platform admin deletes a post another org made a decision on', async () => {
    const post = world.posts['unionB:published']
    // What the old code let in: a decision of a foreign org on the post (written here directly).
    await payload.create({
      collection: 'feed-decisions',
      data: { post, organization: world.orgs.ppoA1, action: 'hide' } as never,
      depth: 0,
    })
    const res = await api.rest('DELETE', `/posts/${post}`, { token: await token('platform') })
    expect(res.status, JSON.stringify(res.body?.errors)).toBe(200)
    expect(await count('feed-decisions', post)).toBe(0)
  })

  it('an editor deletes its own post that was proposed, reposted and pinned', async () => {
    const post = world.posts['ppoA1:published']
    const proposal = await api.rest('POST', '/proposals', {
      token: await token('ppoEditor'),
      body: { post, organization: world.orgs.toop },
    })
    expect(proposal.status).toBe(201)
    await api.rest('POST', '/feed-decisions', {
      token: await token('ppoEditor'),
      body: { post, organization: world.orgs.ppoA1, action: 'pin' },
    })
    expect(await count('reposts', post)).toBeGreaterThan(0)
    const res = await api.rest('DELETE', `/posts/${post}`, { token: await token('ppoEditor') })
    expect(res.status, JSON.stringify(res.body?.errors)).toBe(200)
    for (const c of ['feed-decisions', 'reposts', 'proposals'] as const)
      expect(await count(c, post), c).toBe(0)
  })
})

describe('scheduled publishing through the admin’s server function', () => {
  const schedule = async (role: Role, args: Record<string, unknown>) => {
    const user = await userDoc(role)
    const req = await createLocalReq({ user: user as never }, payload)
    const fn = serverFunctions['schedule-publish']!
    try {
      return (await fn({ ...args, req, user: req.user, importMap: {} } as never)) as {
        error?: string
        message?: string
      }
    } catch (error) {
      return { error: (error as Error).message }
    }
  }
  const jobsOf = async (post: unknown) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { 'input.doc.value': { equals: String(post) } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs

  it('an editor cannot cancel or create another org’s scheduled publication', async () => {
    const post = world.posts['fed:draft']
    const date = new Date(Date.now() + 86_400_000)
    const ok = await schedule('fedEditor', {
      type: 'publish',
      date,
      doc: { relationTo: 'posts', value: String(post) },
    })
    expect(ok.error).toBeUndefined()
    const [job] = await jobsOf(post)
    expect(job).toBeDefined()

    const attack = await schedule('ppoEditor', {
      type: 'publish',
      date,
      deleteID: job!.id,
      doc: { relationTo: 'posts', value: String(world.posts['ppoA1:draft']) },
    })
    expect(attack.error).toBeDefined()
    expect((await jobsOf(post)).map((j) => j.id)).toEqual([job!.id])
    expect(await jobsOf(world.posts['ppoA1:draft'])).toHaveLength(0)

    const foreign = await schedule('ppoEditor', {
      type: 'unpublish',
      date,
      doc: { relationTo: 'posts', value: String(world.posts['fed:published']) },
    })
    expect(foreign.error).toBeDefined()
    expect(await jobsOf(world.posts['fed:published'])).toHaveLength(0)
  })

  it('the jobs collection itself is closed to editors (REST and Local API)', async () => {
    const [job] = await jobsOf(world.posts['fed:draft'])
    const res = await api.rest('DELETE', `/payload-jobs/${job!.id}`, {
      token: await token('ppoEditor'),
    })
    expect(res.status).toBe(403)
    await expectRefused(async () =>
      payload.delete({
        collection: 'payload-jobs',
        id: job!.id,
        overrideAccess: false,
        user: (await userDoc('ppoEditor')) as never,
      }),
    )
    expect(await jobsOf(world.posts['fed:draft'])).toHaveLength(1)
  })

  it('deleting a document removes its scheduled jobs', async () => {
    const post = world.posts['fed:draft']
    expect(await jobsOf(post)).toHaveLength(1)
    const res = await api.rest('DELETE', `/posts/${post}`, { token: await token('fedEditor') })
    expect(res.status).toBe(200)
    expect(await jobsOf(post)).toHaveLength(0)
  })
})

describe('document locks', () => {
  const lockBody = (post: unknown, role: Role) => ({
    document: { relationTo: 'posts', value: post },
    user: { relationTo: 'users', value: world.users[role].id },
  })
  let fedLock: string | number

  it('an editor locks its own document as itself', async () => {
    const res = await api.rest('POST', '/payload-locked-documents', {
      token: await token('fedEditor'),
      body: lockBody(world.posts['fed:published'], 'fedEditor'),
    })
    expect(res.status, JSON.stringify(res.body?.errors)).toBe(201)
    fedLock = res.body.doc.id
  })

  it('nobody locks another org’s document, or in another user’s name (REST and Local API)', async () => {
    const before = await payload.count({ collection: 'payload-locked-documents' })
    const foreign = await api.rest('POST', '/payload-locked-documents', {
      token: await token('ppoEditor'),
      body: lockBody(world.posts['unionA:published'], 'ppoEditor'),
    })
    expect(foreign.status).toBe(403)
    expect(JSON.stringify(foreign.body)).toMatch(/можете изменять/)
    const impersonated = await api.rest('POST', '/payload-locked-documents', {
      token: await token('ppoEditor'),
      body: lockBody(world.posts['ppoA1:draft'], 'fedEditor'),
    })
    expect(impersonated.status).toBe(403)
    expect(JSON.stringify(impersonated.body)).toMatch(/от своего имени/)
    await expectRefused(async () =>
      payload.create({
        collection: 'payload-locked-documents',
        data: lockBody(world.posts['unionA:published'], 'ppoEditor') as never,
        overrideAccess: false,
        user: (await userDoc('ppoEditor')) as never,
      }),
    )
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('another org’s lock is neither visible, nor changed, nor deleted', async () => {
    const list = await api.rest('GET', '/payload-locked-documents', {
      token: await token('ppoEditor'),
    })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: any) => d.id)).not.toContain(fedLock)
    const patch = await api.rest('PATCH', `/payload-locked-documents/${fedLock}`, {
      token: await token('ppoEditor'),
      body: { user: { relationTo: 'users', value: world.users.ppoEditor.id } },
    })
    expect(patch.status).toBeGreaterThanOrEqual(400)
    const del = await api.rest('DELETE', `/payload-locked-documents/${fedLock}`, {
      token: await token('ppoEditor'),
    })
    expect(del.status).toBeGreaterThanOrEqual(400)
    await expectRefused(async () =>
      payload.delete({
        collection: 'payload-locked-documents',
        id: fedLock,
        overrideAccess: false,
        user: (await userDoc('ppoEditor')) as never,
      }),
    )
    const lock = await payload.findByID({
      collection: 'payload-locked-documents',
      id: fedLock,
      depth: 0,
    })
    expect((lock.user as { value: unknown }).value).toBe(world.users.fedEditor.id)
  })

  it('the lock holder unlocks; anonymous callers see nothing', async () => {
    expect((await api.rest('GET', '/payload-locked-documents')).status).toBe(403)
    const del = await api.rest('DELETE', `/payload-locked-documents/${fedLock}`, {
      token: await token('fedEditor'),
    })
    expect(del.status).toBe(200)
  })
})

describe('document locks taken by the admin’s form-state server function', () => {
  // Payload's handler takes a lock through the database adapter whenever it is asked for the
  // lock status; the guard must ask only for documents the caller may update.
  const askedForLock = async (role: Role, post: unknown) => {
    const user = await userDoc(role)
    const req = await createLocalReq({ user: user as never }, payload)
    let passed: { returnLockStatus?: boolean; updateLastEdited?: boolean } = {}
    const base = async (args: typeof passed) => {
      passed = args
      return {}
    }
    await guardedFormState(base as never)({
      req,
      collectionSlug: 'posts',
      id: post as number,
      returnLockStatus: true,
      updateLastEdited: true,
    } as never)
    return passed
  }

  it('an editor who may only read a document is not given a lock on it', async () => {
    const passed = await askedForLock('ppoEditor', world.posts['unionA:published'])
    expect(passed.returnLockStatus).toBe(false)
    expect(passed.updateLastEdited).toBe(false)
  })

  it('an editor who may update the document still gets the lock', async () => {
    const passed = await askedForLock('ppoEditor', world.posts['ppoA1:draft'])
    expect(passed.returnLockStatus).toBe(true)
  })
})
