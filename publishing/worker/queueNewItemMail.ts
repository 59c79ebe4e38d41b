import type { Payload } from 'payload'

/**
 * After a round released hosts: the «every» subscribers of the sites on them get what went live
 * (cms/jobs/mailNewItems.ts). Queued here, after the swap, so the links in the mail find the
 * pages; `until` is the round's start, so an item saved while the round rendered waits for the
 * release that holds it. Only when some site has a confirmed «every» subscriber at all (one count),
 * and a failure to queue never fails the round: the next release of the host queues it again,
 * and the log keeps anything from going twice.
 */
export async function queueNewItemMail(
  payload: Payload,
  hosts: readonly string[],
  until: Date,
): Promise<void> {
  if (hosts.length === 0) return
  try {
    const { totalDocs } = await payload.count({
      collection: 'subscribers',
      where: { and: [{ mode: { equals: 'every' } }, { status: { equals: 'confirmed' } }] },
      overrideAccess: true,
    })
    if (totalDocs === 0) return
    await payload.jobs.queue({
      task: 'mailNewItems',
      input: { hosts: [...hosts], until: until.toISOString() },
    })
  } catch (error) {
    payload.logger.error({ err: error }, 'Could not queue the new-item mail of a release')
  }
}
