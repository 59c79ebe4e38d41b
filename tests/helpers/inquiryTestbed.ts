import { handleEndpoints, type Payload } from 'payload'
import { receiveInquiry } from '../../cms/inquiries/receiveInquiry'
import { tinyPng } from './files'
import { PASSWORD, type World } from './world'

export const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>'

/** Users beside world.ts's: the editor of the sibling ППО, a direct editor of the Терком. */
export async function inquiryUsers(payload: Payload, world: World) {
  const user = async (key: string, grants: unknown[]) => {
    const email = `${key.toLowerCase()}@test.local`
    const doc = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: key, grants } as never,
      depth: 0,
    })
    return { id: doc.id, email }
  }
  return {
    siblingEditor: await user('siblingEditor', [
      { organization: world.orgs.ppoA2, role: 'editor', subtree: false },
    ]),
    terEditor: await user('terEditor', [
      { organization: world.orgs.terA, role: 'editor', subtree: false },
    ]),
  }
}

/** An inquiry from the ППО А1 site, with a script in every field and a PNG attachment. */
export async function receiveProbe(
  payload: Payload,
  world: World,
  extra: { email?: string; phone?: string; attachment?: boolean } = {},
) {
  const png = await tinyPng()
  return receiveInquiry(payload, {
    organization: String(world.orgs.ppoA1),
    site: 'ppo-a1.fed.localhost',
    topic: 'safety',
    message: `Нет защитных очков ${SCRIPT}`,
    name: `Иван ${SCRIPT}`,
    email: extra.email,
    phone: extra.phone,
    workplace: `Цех ${SCRIPT}`,
    attachment:
      extra.attachment === false
        ? undefined
        : { data: png, mimetype: 'image/png', name: `photo${SCRIPT}.png`, size: png.length },
  })
}

/** A raw GET through the real handlers (a file is not JSON). */
export async function rawGet(payload: Payload, path: string, token?: string) {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost:3000/api${path}`, { headers }),
  })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}
