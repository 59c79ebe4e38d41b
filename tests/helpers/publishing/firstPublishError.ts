import type { Payload } from 'payload'

/**
 * The error for a first publish that left sites unbuilt: each failed host with the error the
 * worker recorded on its queue row, so a failure seen once under load can be told apart.
 */
export async function firstPublishError(payload: Payload, hosts: string[]): Promise<Error> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { host: { in: hosts } },
    select: { host: true, lastError: true },
    depth: 0,
    limit: hosts.length,
    pagination: false,
  })
  const errors = new Map(docs.map((d) => [d.host, d.lastError]))
  const lines = hosts.map((h) => `  ${h}: ${errors.get(h) ?? '(no error recorded)'}`)
  return new Error(`${hosts.length} site(s) did not build:\n${lines.join('\n')}`)
}
