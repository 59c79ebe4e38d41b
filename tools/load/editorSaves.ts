export interface SaveSample {
  /** Milliseconds from sending the PATCH until its whole answer was read. */
  ms: number
  status: number
  title: string
  /** When the save was sent, in ms since the run's start (to tell baseline from fan-out). */
  at: number
  error?: string
}

interface PostAnswer {
  doc?: { title?: string; updatedAt?: string }
  errors?: { message?: string }[]
}

/**
 * An editor in the admin, over REST: logs in once (`POST /api/users/login`), then saves drafts
 * of one post as the admin's «Сохранить черновик» does — `PATCH /api/posts/:id?draft=true` with
 * the version the form was opened at (`updatedAt`, the lost-update token of refuseStaleSave),
 * taking the answer's `updatedAt` as the next one, as the admin's form does after a save.
 */
export class EditorSession {
  private token = ''
  private updatedAt = ''
  readonly samples: SaveSample[] = []

  constructor(
    private readonly apiUrl: string,
    private readonly postId: number | string,
  ) {}

  private headers(): Record<string, string> {
    return { 'content-type': 'application/json', authorization: `JWT ${this.token}` }
  }

  async login(email: string, password: string): Promise<void> {
    const res = await fetch(`${this.apiUrl}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const body = (await res.json()) as { token?: string }
    if (!res.ok || !body.token) throw new Error(`login of ${email} answered ${res.status}`)
    this.token = body.token
    const opened = await fetch(`${this.apiUrl}/posts/${this.postId}?draft=true&depth=0`, {
      headers: this.headers(),
    })
    const doc = (await opened.json()) as { updatedAt?: string }
    if (!opened.ok || !doc.updatedAt) throw new Error(`opening the post answered ${opened.status}`)
    this.updatedAt = doc.updatedAt
  }

  /** One save; never throws (a failure is a sample with its status and message). */
  async save(title: string, at: number): Promise<SaveSample> {
    const started = performance.now()
    let sample: SaveSample
    try {
      const res = await fetch(`${this.apiUrl}/posts/${this.postId}?draft=true&depth=0`, {
        method: 'PATCH',
        headers: this.headers(),
        body: JSON.stringify({ title, updatedAt: this.updatedAt }),
        signal: AbortSignal.timeout(60_000),
      })
      const body = (await res.json().catch(() => ({}))) as PostAnswer
      sample = { ms: performance.now() - started, status: res.status, title, at }
      if (res.ok && body.doc?.updatedAt) this.updatedAt = body.doc.updatedAt
      else
        sample.error = body.errors?.map((e) => e.message).join('; ') || 'no document in the answer'
      if (res.ok && body.doc?.title !== title) sample.error = `answered title "${body.doc?.title}"`
    } catch (error) {
      sample = { ms: performance.now() - started, status: 0, title, at, error: String(error) }
    }
    this.samples.push(sample)
    return sample
  }
}
