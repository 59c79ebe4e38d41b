/**
 * The preview server: every built site on one port, chosen by the Host header as nginx chooses
 * them in production (`mfp.localhost:4321` → `<outDir>/mfp.localhost/`). Plain node:http.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { liveSiteIndex, type LiveSiteIndex } from './liveSiteIndex'
import { SECURITY_HEADERS } from './policy'
import { normalizeHost } from './requestParts'
import { badRequestPage, plainNotFoundPage } from './pages'
import { resolveRequest, type ResolvedRequest } from './resolveRequest'
import { sendResolved } from './sendResolved'
import { siteUrls } from './siteIndex'
import { forwardForm } from './formsProxy'
import { isFormsRequest } from './formsPaths'
import { accessLogWriter, type AccessLogWriter } from './accessLogWriter'

export interface PreviewServerOptions {
  /** The Astro output: `<outDir>/<host>/…` and `<outDir>/_astro/`. */
  outDir: string
  /** Served as `/media/` on every host (the CMS uploads). */
  mediaDir: string
  /** 0 picks a free port. */
  port: number
  /** Interface to listen on; default 127.0.0.1 (`*.localhost` resolves to the loopback). */
  hostname?: string
  /**
   * The CMS that `/_forms/*` is forwarded to (`http://127.0.0.1:3000`: its `/api/forms/*`);
   * without one those paths answer 502 «Сервис обращений недоступен».
   */
  formsUpstream?: string | undefined
  /** Where to append the access log (nginx's `union_sites` format); none without it. */
  accessLog?: string | undefined
}

export interface PreviewServer {
  /** `http://<hostname>:<port>`, for requests that set their own Host header. */
  url: string
  port: number
  /** Every site's own address on this server (sections as `…/org/<slug>/`). */
  siteUrls(): string[]
  close(): Promise<void>
}

/** Origin-form (`/news/`) or absolute-form (`http://host/news/`, sent to proxies) targets. */
function hostAndTarget(req: IncomingMessage): { host: string | undefined; target: string } {
  const raw = req.url ?? '/'
  if (raw.startsWith('/')) return { host: req.headers.host, target: raw }
  try {
    const url = new URL(raw)
    return { host: url.host, target: `${url.pathname}${url.search}` }
  } catch {
    return { host: req.headers.host, target: raw }
  }
}

/** A page the server writes itself, when anything goes wrong: never a 5xx, never a crash. */
function answerPlain(res: ServerResponse, status: number, body: string, head: boolean): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const bytes = Buffer.from(body, 'utf8')
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': bytes.length,
    'Cache-Control': 'no-cache',
    ...SECURITY_HEADERS,
  })
  res.end(head ? undefined : bytes)
}

function handler(
  live: LiveSiteIndex,
  formsUpstream: string | undefined,
  log: AccessLogWriter | undefined,
) {
  return (req: IncomingMessage, res: ServerResponse) => {
    log?.track(req, res)
    const head = req.method === 'HEAD'
    // The feedback form's posts and challenge go to the CMS, the only non-GET paths of a site.
    const forms = hostAndTarget(req).target
    if (isFormsRequest(forms)) {
      forwardForm(req, res, forms, formsUpstream)
      return
    }
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end()
      return
    }
    let resolved: ResolvedRequest
    try {
      const { host, target } = hostAndTarget(req)
      resolved = resolveRequest(host, target, live.forHost(normalizeHost(host)?.name))
    } catch {
      // Whatever a request holds, it is a bad request, not a reason to stop serving every site.
      answerPlain(res, 400, badRequestPage(), head)
      return
    }
    sendResolved(req, res, resolved).catch(() => {
      // The file vanished or could not be read (a rebuild in progress), or the client went away.
      answerPlain(res, 404, plainNotFoundPage(), head)
    })
  }
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const live = liveSiteIndex(path.resolve(options.outDir), path.resolve(options.mediaDir))
  const log = options.accessLog ? accessLogWriter(path.resolve(options.accessLog)) : undefined
  const server = createServer(handler(live, options.formsUpstream, log))
  const hostname = options.hostname ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, hostname, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const shownHost = hostname.includes(':') ? `[${hostname}]` : hostname
  return {
    url: `http://${shownHost}:${port}`,
    port,
    siteUrls: () => siteUrls(live.refresh().sites, port),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }).then(() => log?.flush()),
  }
}
