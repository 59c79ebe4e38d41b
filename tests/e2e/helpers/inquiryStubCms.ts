import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createFormChallenge } from '../../../cms/forms/formChallenge'
import { startPreviewServer, type PreviewServer } from '../../../serving/previewServer'
import { demo } from './demo'

/** One post the stub CMS received: its Accept header and its multipart body as text. */
export interface StubPost {
  accept: string
  forwardedHost: string
  body: string
}

export interface StubCms {
  posts: StubPost[]
  /** Field errors the next JSON post is refused with (400), once. */
  refuseNext(errors: Record<string, string>): void
  /** The demo's sites on a preview server that forwards `/_forms/` to this stub. */
  url(host: string, path: string): string
  close(): Promise<void>
}

/**
 * A stand-in for the CMS's form endpoint (cms/forms) behind a preview server of the demo build:
 * real ALTCHA challenges (the CMS's own settings), answers per the shared contract (201 JSON or
 * 303 to the confirmation). It checks the site side end to end: markup, script, widget under
 * the CSP, forwarding. The real endpoint is exercised in inquirySend and the int tests.
 */
export async function startStubCms(): Promise<StubCms> {
  const posts: StubPost[] = []
  let refusal: Record<string, string> | undefined
  const stub: Server = createServer((req, res) => {
    if (req.url?.startsWith('/api/forms/challenge')) {
      void createFormChallenge({ challenge: 'e2e-challenge', key: 'e2e-key' }).then((c) => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify(c))
      })
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const accept = req.headers.accept ?? ''
      posts.push({
        accept,
        forwardedHost: String(req.headers['x-forwarded-host'] ?? ''),
        body: Buffer.concat(chunks).toString('utf8'),
      })
      const json = accept.includes('application/json')
      if (json && refusal) {
        const errors = refusal
        refusal = undefined
        res.writeHead(400, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ ok: false, message: 'Проверьте поля формы.', errors }))
        return
      }
      if (json) {
        res.writeHead(201, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ ok: true, redirect: '/feedback/sent/' }))
        return
      }
      res.writeHead(303, { Location: '/feedback/sent/', 'Content-Length': 0 })
      res.end()
    })
  })
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', () => resolve()))
  const port = (stub.address() as AddressInfo).port
  const preview: PreviewServer = await startPreviewServer({
    outDir: demo.outDir(),
    mediaDir: demo.mediaDir(),
    port: 0,
    formsUpstream: `http://127.0.0.1:${port}`,
  })
  return {
    posts,
    refuseNext: (errors) => (refusal = errors),
    url: (host, path) => `http://${host}:${preview.port}${path}`,
    close: async () => {
      await preview.close()
      await new Promise((resolve) => stub.close(resolve))
    },
  }
}

/** A field's value in a multipart body as the browser wrote it (text fields only). */
export function multipartField(body: string, name: string): string | undefined {
  const match = new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(body)
  return match?.[1]
}
