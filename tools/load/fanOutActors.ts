import type { Payload } from 'payload'
import type { PublishNetwork } from '../bench/publishNetwork'

type Id = number | string

export interface FanOutActors {
  editor: { email: string; password: string }
  /** The ППО editor's own post, whose drafts are saved during the fan-out. */
  postId: Id
  federationEditor: Record<string, unknown> & { id: Id; collection: 'users' }
}

const PASSWORD = 'load-test-password-2026'

/**
 * The people of part 2, created through the Local API as an administrator would: an editor of
 * one ППО (in the middle of the network) with a published post of its own, and an editor of the
 * federation, who publishes the post that fans out.
 */
export async function createFanOutActors(
  payload: Payload,
  network: PublishNetwork,
): Promise<FanOutActors> {
  const ppo = network.primaryOrgs[Math.floor(network.primaryOrgs.length / 2)]!
  const user = async (email: string, name: string, organization: Id) =>
    payload.create({
      collection: 'users',
      data: {
        email,
        password: PASSWORD,
        name,
        grants: [{ organization, role: 'editor', subtree: false }],
      } as never,
      depth: 0,
    })
  const editor = await user('editor@ppo.load.local', 'Редактор ППО', ppo)
  const federationEditor = await user(
    'press@federation.load.local',
    'Пресс-служба',
    network.federation,
  )
  const post = await payload.create({
    collection: 'posts',
    data: {
      title: 'Новость ППО, которую редактируют во время рассылки',
      slug: 'redaktiruemaya-novost',
      lead: 'Черновик этой новости сохраняют во время публикации на все сайты.',
      organization: ppo,
      _status: 'published',
      reach: { scope: 'own' },
    } as never,
    depth: 0,
    user: { ...editor, collection: 'users' },
    overrideAccess: false,
  })
  return {
    editor: { email: 'editor@ppo.load.local', password: PASSWORD },
    postId: post.id,
    federationEditor: {
      ...federationEditor,
      collection: 'users',
    } as FanOutActors['federationEditor'],
  }
}

/** The federation editor publishes a post to every organization below (Local API, as them). */
export async function publishFederationPost(
  payload: Payload,
  actors: FanOutActors,
  federation: Id,
  slug: string,
  title: string,
): Promise<void> {
  await payload.create({
    collection: 'posts',
    data: {
      title,
      slug,
      lead: 'Новость федерации для всех сайтов сети.',
      organization: federation,
      _status: 'published',
      reach: { scope: 'subtree' },
    } as never,
    depth: 0,
    user: actors.federationEditor as never,
    overrideAccess: false,
  })
}
