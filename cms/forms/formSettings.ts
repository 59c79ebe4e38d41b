/**
 * The public form's limits in one place (docs/SECURITY.md, «The feedback form»). Constants rather
 * than variables: they are part of the defence, not a deployment choice.
 */
export const FORM_SETTINGS = {
  /** The root endpoints' path under /api (the sites forward `/_forms/*` here). */
  route: 'forms',
  /**
   * The whole multipart body: the attachment (INQUIRY_FILE_POLICY, 5 MB) plus the text fields and
   * the proof of work. The attachment's own limit and types are the inbox's upload policy.
   */
  maxBodyBytes: 5 * 1024 * 1024 + 128 * 1024,
  challenge: {
    /** Solved when the reader sends the form (the widget fetches a fresh one when it expires); short so solutions cannot be stockpiled. */
    expiresInSeconds: 10 * 60,
    algorithm: 'PBKDF2/SHA-256',
    /**
     * PBKDF2 iterations per try and the secret counter's range: 1,000 × ~1,000 tries ≈ 1 million
     * iterations, 0.2 s on one core of the 2-core VM, about 1 s on a phone (docs/PERFORMANCE.md).
     */
    cost: 1000,
    counterMin: 500,
    counterMax: 1500,
  },
  /**
   * rate-limiter-flexible windows. Per client address: every POST counts, invalid ones too (a
   * reader fixing mistakes gets a few tries). Per site (the addressed org): only inquiries that
   * passed every check, so a flood must solve a proof of work per try to use up a site's quota.
   */
  limits: {
    perAddress: { points: 5, duration: 10 * 60 },
    perSite: { points: 60, duration: 60 * 60 },
    /**
     * A browser without JavaScript cannot solve the proof of work, yet the form must work without
     * it: such a post is taken within a far smaller budget per address and per site, which is
     * all a bot that skips the challenge gets.
     */
    withoutProofPerAddress: { points: 2, duration: 60 * 60 },
    withoutProofPerSite: { points: 10, duration: 60 * 60 },
    /**
     * The subscription form (cms/subscriptions, issue 17), the same scheme under names of its
     * own so a reader's subscribing never eats their inquiry budget, plus one limit per RECIPIENT:
     * each accepted subscription mails a confirmation, and a stranger must not turn the form
     * into a way of flooding someone's mailbox from many sites and addresses. Past it the form
     * answers as usual and sends nothing (the answer never tells whether an address is known).
     */
    subscribePerAddress: { points: 5, duration: 10 * 60 },
    subscribePerSite: { points: 120, duration: 60 * 60 },
    subscribeWithoutProofPerAddress: { points: 2, duration: 60 * 60 },
    subscribeWithoutProofPerSite: { points: 20, duration: 60 * 60 },
    subscribePerRecipient: { points: 3, duration: 24 * 60 * 60 },
    /** The links in the mail (confirm, unsubscribe, preferences): their POSTs per address. */
    subscriptionLinkPerAddress: { points: 30, duration: 10 * 60 },
  },
} as const

export type FormLimitName = keyof typeof FORM_SETTINGS.limits
