import { withPayload } from '@payloadcms/next/withPayload'

/** The admin and API only; the public sites are static files built by site/ (Astro). */
const nextConfig = {
  // The repository root holds the lockfile and node_modules.
  // Mail is rendered (MJML) and sent (nodemailer) by Node itself, not bundled into the admin;
  // exceljs (the monitoring's XLSX) likewise: its package points bundlers at a browser build.
  serverExternalPackages: ['mjml', 'nodemailer', 'exceljs'],
  turbopack: { root: new URL('..', import.meta.url).pathname },
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
