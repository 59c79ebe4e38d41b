import { listFiles } from '../../../tools/checks/outputFiles'

/** Environment through which globalSetup hands the served demo to the test workers. */
export const DEMO_ENV = {
  port: 'UNION_SITES_E2E_PORT',
  outDir: 'UNION_SITES_E2E_OUT_DIR',
  mediaDir: 'UNION_SITES_E2E_MEDIA_DIR',
} as const

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the e2e tests with npm run test:e2e.`)
  return value
}

export const demo = {
  port: () => Number(required(DEMO_ENV.port)),
  outDir: () => required(DEMO_ENV.outDir),
  mediaDir: () => required(DEMO_ENV.mediaDir),
  /** A page of a demo site on the preview server: `url('mfp.localhost', '/news/')`. */
  url: (host: string, path = '/') => `http://${host}:${demo.port()}${path}`,
}

/** Every page of the demo build as a URL on the preview server, grouped by host. */
export function demoPageUrls(): string[] {
  return listFiles(demo.outDir())
    .filter((file) => file.endsWith('/index.html') && !file.startsWith('_'))
    .map((file) => {
      const slash = file.indexOf('/')
      return demo.url(file.slice(0, slash), file.slice(slash).replace(/index\.html$/, ''))
    })
}
