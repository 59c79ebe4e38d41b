import { mkdirSync, writeFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import path from 'node:path'
import { freePort, hasNginx, nginxTest, startNginx, type RunningNginx } from '../lib/nginxProcess'
import { nginxConfig } from '../../serving/nginxConfig'

export interface ServedByNginx extends RunningNginx {
  port: number
}

/**
 * The published sites behind nginx with the generated config (`nginxConfig`, standalone form:
 * pid, logs and temporary files under `prefix`), listening on 127.0.0.1 only, on a free port.
 * `*.localhost` is the demo's network domain; other hosts become custom-domain servers.
 */
export async function serveWithNginx(options: {
  liveDir: string
  mediaDir: string
  hosts: readonly string[]
  prefix: string
}): Promise<ServedByNginx> {
  if (!hasNginx()) throw new Error('nginx is not installed (apt-get install nginx)')
  const port = await freePort()
  mkdirSync(options.prefix, { recursive: true })
  const conf = path.join(options.prefix, 'nginx.conf')
  // As root, nginx would drop its workers to `nobody`, which cannot read the private temp folder.
  const user = process.getuid?.() === 0 ? userInfo().username : undefined
  writeFileSync(
    conf,
    nginxConfig({
      outDir: options.liveDir,
      mediaDir: options.mediaDir,
      hosts: options.hosts,
      networkDomains: ['localhost'],
      listen: [`127.0.0.1:${port}`],
      standalone: { prefix: options.prefix, user },
    }),
  )
  const tested = nginxTest(conf, options.prefix)
  if (!tested.ok) throw new Error(`nginx refuses the generated config:\n${tested.output}`)
  const nginx = await startNginx(conf, options.prefix, port)
  return { port, stop: () => nginx.stop() }
}
