import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { expectRefused } from '../helpers/expectRefused'
import { createOwned } from '../helpers/files'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
})
afterAll(async () => t?.close())

const org = (id: string | number) => payload.findByID({ collection: 'organizations', id, depth: 0 })
const update = (id: string | number, data: Record<string, unknown>) =>
  payload.update({ collection: 'organizations', id, data: data as never, depth: 0 })
const create = (data: Record<string, unknown>) =>
  payload.create({ collection: 'organizations', data: data as never, depth: 0 })

describe('structure', () => {
  it('stores ancestors, depth and network root', async () => {
    const ppo = await org(world.orgs.ppoA1)
    expect(ppo.ancestors).toEqual([world.orgs.fed, world.orgs.unionA, world.orgs.terA])
    expect(ppo.depth).toBe(3)
    expect(ppo.networkRoot).toBe(world.orgs.fed)
    const subtree = await payload.find({
      collection: 'organizations',
      where: { ancestors: { in: [world.orgs.unionA] } },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    expect(subtree.docs.map((d) => d.slug).sort()).toEqual(['ppo-a1', 'ppo-a2', 'ter-a'])
  })

  it('refuses a cycle through the parent and leaves the org unchanged', async () => {
    const errors = await expectRefused(() => update(world.orgs.terA, { parent: world.orgs.terA }))
    expect(errors.some((e) => e.path === 'parent')).toBe(true)
    const before = await org(world.orgs.unionA)
    const cycle = await expectRefused(() =>
      update(world.orgs.unionA, { kind: 'territorial_org', parent: world.orgs.terA }),
    )
    expect(cycle.map((e) => e.message).join(' ')).toMatch(/замкнутый круг/)
    expect(await org(world.orgs.unionA)).toMatchObject({ kind: before.kind, parent: before.parent })
  })

  it('refuses a cycle through memberships', async () => {
    const errors = await expectRefused(() =>
      update(world.orgs.toop, { memberships: [world.orgs.ppoA1] }),
    )
    expect(errors[0]?.path).toBe('memberships')
  })

  it('refuses a structure the union rules do not allow', async () => {
    const noParent = await expectRefused(() => create({ name: 'Сирота', kind: 'primary_org' }))
    expect(noParent[0]?.message).toMatch(/вышестоящую организацию/)
    const wrongKind = await expectRefused(() =>
      create({ name: 'Профсоюз в профсоюзе', kind: 'union', parent: world.orgs.unionA }),
    )
    expect(wrongKind[0]?.path).toBe('parent')
    const parentAsMember = await expectRefused(() =>
      update(world.orgs.terA, { memberships: [world.orgs.unionA] }),
    )
    expect(parentAsMember[0]?.message).toMatch(/уже является вышестоящей/)
  })

  it('derives a Latin slug from the Russian name and keeps it unique in the network', async () => {
    const first = await create({
      name: 'Первичная организация «Заря»',
      kind: 'primary_org',
      parent: world.orgs.terA,
    })
    expect(first.slug).toBe('pervichnaya-organizatsiya-zarya')
    const duplicate = await expectRefused(() =>
      create({
        name: 'Другая',
        slug: 'pervichnaya-organizatsiya-zarya',
        kind: 'primary_org',
        parent: world.orgs.unionA,
      }),
    )
    expect(duplicate[0]).toMatchObject({ path: 'slug' })
    expect(duplicate[0]?.message).toMatch(/уже занят/)
    // Union B becomes a network of its own: its subtree moves to that network (through the job),
    // where the slug is free.
    await update(world.orgs.unionB, {
      hosting: { mode: 'subdomain', networkDomain: 'union-b.localhost' },
    })
    await payload.jobs.run({ limit: 10 })
    expect((await org(world.orgs.ppoB1)).networkRoot).toBe(world.orgs.unionB)
    const other = await create({
      name: 'Другая',
      slug: 'pervichnaya-organizatsiya-zarya',
      kind: 'primary_org',
      parent: world.orgs.terB,
    })
    expect(other.networkRoot).toBe(world.orgs.unionB)
    await payload.delete({ collection: 'organizations', id: other.id })
    await update(world.orgs.unionB, { hosting: { mode: 'subdomain', networkDomain: null } })
    await payload.jobs.run({ limit: 10 })
    expect((await org(world.orgs.ppoB1)).networkRoot).toBe(world.orgs.fed)
  })

  it('refuses malformed domains, social links, phones and a low-contrast accent colour', async () => {
    const before = await org(world.orgs.unionA)
    const bad = await expectRefused(() =>
      update(world.orgs.unionA, {
        hosting: { mode: 'custom', customDomain: 'https://union.example/path' },
        social: { vk: 'https://t.me/union', telegram: 'telegram' },
        contacts: { phone: 'звоните нам' },
        branding: { theme: 'federation', accentColor: '#ffdd00' },
      }),
    )
    const byPath = Object.fromEntries(bad.map((e) => [e.path, e.message]))
    expect(byPath['hosting.customDomain']).toMatch(/доменное имя/)
    expect(byPath['social.vk']).toMatch(/ВКонтакте/)
    expect(byPath['social.telegram']).toMatch(/https/)
    expect(byPath['contacts.phone']).toMatch(/телефон/)
    expect(byPath['branding.accentColor']).toMatch(/контраст/)
    expect(await org(world.orgs.unionA)).toMatchObject({
      hosting: before.hosting,
      social: before.social,
    })
    const good = await update(world.orgs.unionA, {
      hosting: { mode: 'custom', customDomain: 'Профсоюз.РФ' },
      branding: { theme: 'industry', accentColor: '#1e6b3c' },
    })
    expect(good.hosting?.customDomain).toBe('Профсоюз.РФ')
  })
})

describe('moving and deleting', () => {
  it('a move updates the subtree and the lineage of its content through a job', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Новость ППО Б1',
        organization: world.orgs.ppoB1,
        _status: 'published',
      } as never,
      depth: 0,
    })
    await update(world.orgs.terB, { parent: world.orgs.unionA })
    await payload.jobs.run({ limit: 10 })
    expect((await org(world.orgs.ppoB1)).ancestors).toEqual([
      world.orgs.fed,
      world.orgs.unionA,
      world.orgs.terB,
    ])
    const moved = await payload.findByID({ collection: 'posts', id: post.id, depth: 0 })
    expect(moved.orgLineage).toEqual([
      world.orgs.fed,
      world.orgs.unionA,
      world.orgs.terB,
      world.orgs.ppoB1,
    ])
    // The union B editor lost the moved subtree; the union A side did not gain editors by it.
    const api = apiClient(payload)
    const token = await api.login(world.users.unionBEditor.email, PASSWORD)
    expect(
      (await api.rest('PATCH', `/posts/${post.id}`, { token, body: { lead: 'нельзя' } })).status,
    ).toBe(403)
    await update(world.orgs.terB, { parent: world.orgs.unionB })
    await payload.jobs.run({ limit: 10 })
    expect((await org(world.orgs.ppoB1)).ancestors).toEqual([
      world.orgs.fed,
      world.orgs.unionB,
      world.orgs.terB,
    ])
  })

  it('refuses to delete an org with children or content, offers a transfer, then deletes', async () => {
    const doomed = await create({
      name: 'Упраздняемая организация',
      kind: 'territorial_org',
      parent: world.orgs.unionA,
    })
    const child = await create({ name: 'Её ППО', kind: 'primary_org', parent: doomed.id })
    await createOwned(payload, 'documents', doomed.id)
    await createOwned(payload, 'pages', doomed.id)
    const refused = await expectRefused(() =>
      payload.delete({ collection: 'organizations', id: doomed.id }),
    )
    expect(refused[0]?.message).toMatch(/1 дочерних организаций/)
    expect(refused[0]?.message).toMatch(/Перенести содержимое/)
    expect(await org(doomed.id)).toBeTruthy()

    const api = apiClient(payload)
    const token = await api.login(world.users.platform.email, PASSWORD)
    const transfer = await api.rest('POST', `/organizations/${doomed.id}/transfer`, {
      token,
      body: { to: world.orgs.terA },
    })
    expect(transfer.body).toEqual({ moved: { children: 1, members: 0, content: 2 } })
    expect((await org(child.id)).parent).toBe(world.orgs.terA)
    await payload.delete({ collection: 'organizations', id: doomed.id })
    await expect(
      payload.findByID({ collection: 'organizations', id: doomed.id, depth: 0 }),
    ).rejects.toThrow()
  })

  it('a transfer into an org outside the user’s rights moves nothing', async () => {
    const api = apiClient(payload)
    const token = await api.login(world.users.terAdmin.email, PASSWORD)
    const response = await api.rest('POST', `/organizations/${world.orgs.ppoA2}/transfer`, {
      token,
      body: { to: world.orgs.ppoB1 },
    })
    expect(response.status).toBe(400)
    const still = await payload.count({
      collection: 'posts',
      where: { organization: { equals: world.orgs.ppoA2 } },
    })
    expect(still.totalDocs).toBeGreaterThan(0)
  })
})
