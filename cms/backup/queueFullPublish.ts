import type { Payload } from 'payload'
import { OrgDirectory } from '../export/orgDirectory'
import { openQueue } from '../publishing/queue/openQueue'
import { hostMarks } from '../publishing/siteHosts'

/** Marks every site for publishing; any running worker (`npm run worker`) builds them. */
export async function queueFullPublish(payload: Payload): Promise<number> {
  const marks = hostMarks(await OrgDirectory.load(payload), null)
  await openQueue(payload).mark(marks, 'Восстановление из резервной копии')
  return marks.length
}
