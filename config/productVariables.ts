import { z } from 'zod'
import {
  databaseUri,
  doc,
  emailAddress,
  mailbox,
  smtpUrl,
  flag,
  httpUrl,
  httpUrlList,
  oneOf,
  originTemplate,
  port,
  positiveInteger,
  positiveNumber,
  text,
  wholeNumber,
} from './values'

/**
 * Every variable an operator may set, with its default and meaning. README.md's configuration
 * table and .env.example list exactly these (tests/unit/configDocs.spec.ts). Relative paths are
 * relative to the repository root unless the meaning says otherwise.
 */
export const productVariables = z.object({
  DATABASE_URI: doc(databaseUri().optional(), {
    meaning: '`file:` SQLite, `postgres://` PostgreSQL, `mongodb://` MongoDB',
    shown: '`file:./data/union-sites.db`',
    sensitive: true,
  }),
  PAYLOAD_SECRET: doc(text().optional(), {
    meaning:
      '32+ random characters; the admin refuses to start without it unless `NODE_ENV` is `development`/`test` or `UNION_SITES_DEV=1` (`npm start` sets it)',
    shown: 'a development secret',
    sensitive: true,
  }),
  SERVER_URL: doc(httpUrl().optional(), {
    meaning:
      'public URL of the admin/API; the only origin whose requests may use the login cookie (CSRF)',
  }),
  TRUSTED_ORIGINS: doc(httpUrlList().optional(), {
    meaning: 'further admin origins, comma-separated',
  }),
  MAX_BODY_MB: doc(positiveNumber().default(4), {
    meaning: 'request body limit of the API in megabytes (413 above)',
  }),
  MAX_UPLOAD_MB: doc(positiveNumber().default(50), {
    meaning: 'upload (media, documents) request limit in megabytes (413 above)',
  }),
  DATA_DIR: doc(text().default('data'), { meaning: 'SQLite file and uploads' }),
  NODE_ENV: doc(text().optional(), {
    meaning:
      '`production` (`serve:cms` sets it): Secure cookies, no localhost origins; `development`/`test` allow the development secret',
  }),
  UNION_SITES_DEV: doc(flag().default(false), {
    meaning: 'a development machine: logins may be signed with the development secret',
  }),
  LOG_LEVEL: doc(oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(), {
    meaning: "the CMS log level (Payload's logger)",
    shown: '`info`',
  }),
  SMTP_URL: doc(smtpUrl().optional(), {
    meaning:
      'SMTP server of all mail, `smtps://user:password@host:465`; unset: mail goes to the log in development, fails in production',
    sensitive: true,
  }),
  EMAIL_FROM: doc(mailbox().optional(), {
    meaning:
      'sender of all mail, e.g. `Union Sites <no-reply@example.org>`; required with SMTP_URL in production',
  }),
  EMAIL_REPLY_TO: doc(emailAddress().optional(), {
    meaning: 'Reply-To of system mail (a message may set its own)',
  }),
  MAIL_RATE_PER_NETWORK: doc(positiveInteger().default(50), {
    meaning:
      'mailings to subscribers: messages per second handed to SMTP per site network (each sending process)',
  }),
  STAND_REPRINT_MINUTES: doc(wholeNumber().default(360), {
    meaning:
      "the weekly stand's printer: a site's PDF of the same week is printed again at most this often when its items change (a new week's is printed at once)",
  }),
  MANDATORY_CONFIRM_ABOVE: doc(positiveInteger().default(100), {
    meaning:
      'publishing a mandatory item that reaches more than this many sites asks the editor to confirm the count first',
  }),
  JOBS_AUTORUN: doc(flag().default(false), {
    meaning: 'run queued background jobs inside the server (`npm start` and `serve:cms` set `1`)',
  }),
  DATABASE_POOL_MAX: doc(positiveInteger().default(10), {
    meaning: 'PostgreSQL connections per process',
  }),
  SQLITE_BUSY_TIMEOUT_MS: doc(wholeNumber().default(15000), {
    meaning: 'how long a SQLite write waits for the lock before «База данных занята» (503)',
  }),
  PORT: doc(port().optional(), {
    meaning: 'port of the admin under `npm start`; of the preview server under `serve:sites`',
    shown: '`3000` / `4321`',
  }),
  SITES_PORT: doc(port().default(4321), {
    meaning: "port of the sites' preview server (`npm start`; `serve:sites` without PORT)",
  }),
  DRAFTS_PORT: doc(port().default(4322), {
    meaning:
      "port of the drafts server, which shows an editor a draft on its site's layout (`npm start`, `serve:drafts`)",
  }),
  DRAFTS_ORIGIN: doc(httpUrl().default('http://localhost:4322'), {
    meaning: "public origin of the drafts server, which the admin's «Предпросмотр» opens",
  }),
  HOST: doc(text().optional(), {
    meaning: 'interface the preview server (`serve:sites`) listens on',
    shown: '`127.0.0.1`',
  }),
  SITES_DIR: doc(text().default('dist/sites'), {
    meaning: 'published sites (host links; releases and work folders beside)',
  }),
  SITES_ORIGIN_TEMPLATE: doc(originTemplate().default('http://{host}:4321'), {
    meaning: 'public origin of every site, e.g. `https://{host}`',
  }),
  UNION_SITES_FILE_THREADS: doc(positiveInteger().default(2), {
    meaning: 'threads that write and compress published files',
  }),
  OUT_DIR: doc(text().default('dist/sites'), {
    meaning: 'sites that `serve:sites`, `nginx-config` and a bare `astro build` read or write',
  }),
  MEDIA_DIR: doc(text().optional(), {
    meaning: 'uploads that `serve:sites` and `nginx-config` serve under /media/',
    shown: '`DATA_DIR/uploads`',
  }),
  ACCESS_LOG: doc(text().optional(), {
    meaning: "sites' access log: `serve:sites` writes it, the visits job reads it",
    shown: '`DATA_DIR/logs/access.log`',
  }),
  DEMO_BUNDLE: doc(text().default('content/demo'), {
    meaning: 'content bundle `npm start` loads (relative to the working directory)',
  }),
  CHROMIUM_PATH: doc(text().default('/usr/bin/chromium'), {
    meaning: 'Chromium for the e2e tests, Lighthouse and the output checks',
  }),
  JAVA: doc(text().default('java'), {
    meaning: 'Java for the HTML validator (vnu) of `check:sites`',
  }),
})

/**
 * Set by the product for its own child processes (the publishing worker's Astro build), never by
 * an operator: typed here so their readers go through config too, not listed in the README table.
 */
export const internalVariables = z.object({
  SNAPSHOT_DIR: doc(text().optional(), {
    meaning: 'folder of site snapshots an Astro build renders',
  }),
  RENDERER_BUILD: doc(flag().default(false), {
    meaning: 'build the publishing renderer (server output) instead of static sites',
  }),
})
