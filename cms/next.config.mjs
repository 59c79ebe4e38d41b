import { withPayload } from '@payloadcms/next/withPayload'

/** The admin and API only; the public sites are static files built by site/ (Astro). */
const nextConfig = {
  // The repository root holds the lockfile and node_modules.
  // Mail is rendered (MJML) and sent (nodemailer) by Node itself, not bundled into the admin;
  // exceljs (the monitoring's XLSX) likewise: its package points bundlers at a browser build.
  serverExternalPackages: ['mjml', 'nodemailer', 'exceljs'],
  turbopack: { root: new URL('..', import.meta.url).pathname },
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  experimental: {
    // The server's code is not minified: the minifier drops class names, and Payload tells
    // errors apart by `error.name` (its class's name). In a minified build every APIError thrown
    // by a hook (e.g. «Чтобы отметить обращение отвеченным, впишите ответ участнику.») reached
    // the editor as "An unknown error occurred." (formatErrors needs a name), QueryError lost its
    // Russian translation, and loggingLevels matched nothing. The browser's code stays minified.
    turbopackMinify: { server: false },
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
