export interface DigestSubscription {
  email: string
  org: string
}

export interface AddressDigest<T> {
  email: string
  /** One section per subscribed site that has items this week, in the order given. */
  sections: { org: string; items: T[] }[]
}

/**
 * One digest per address: the same address subscribed on three sites gets one message with three
 * sections, not three messages. Sites with nothing this week are left out; an address with
 * nothing at all gets no message. Addresses compare lower-cased.
 */
export function groupDigests<T>(
  subscriptions: Iterable<DigestSubscription>,
  itemsOf: (org: string) => readonly T[] | undefined,
): AddressDigest<T>[] {
  const byEmail = new Map<string, string[]>()
  for (const s of subscriptions) {
    const email = s.email.trim().toLowerCase()
    const orgs = byEmail.get(email) ?? []
    if (!orgs.includes(s.org)) orgs.push(s.org)
    byEmail.set(email, orgs)
  }
  const digests: AddressDigest<T>[] = []
  for (const [email, orgs] of byEmail) {
    const sections = orgs.flatMap((org) => {
      const items = itemsOf(org) ?? []
      return items.length ? [{ org, items: [...items] }] : []
    })
    if (sections.length) digests.push({ email, sections })
  }
  return digests
}
