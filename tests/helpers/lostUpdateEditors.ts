import type { Payload } from 'payload'
import { PASSWORD, type World } from './world'

export interface Editor {
  id: number | string
  email: string
  name: string
}

/**
 * Two editors of the same ППО (ppoA1 of the world), with names a refusal can show: the pair who
 * open the same document and save one after the other.
 */
export async function twoEditorsOf(
  payload: Payload,
  world: World,
): Promise<{ anna: Editor; boris: Editor }> {
  const editor = async (key: string, name: string): Promise<Editor> => {
    const email = `${key}@test.local`
    const doc = await payload.create({
      collection: 'users',
      data: {
        email,
        password: PASSWORD,
        name,
        grants: [{ organization: world.orgs.ppoA1, role: 'editor', subtree: false }],
      } as never,
      depth: 0,
    })
    return { id: doc.id, email, name }
  }
  return {
    anna: await editor('anna', 'Анна Смирнова'),
    boris: await editor('boris', 'Борис Иванов'),
  }
}
