import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { ru } from '@payloadcms/translations/languages/ru'
import { ruOverrides } from './i18n/ruOverrides'
import { RUSSIAN_TIMEZONES } from './i18n/russianTimezones'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Categories } from './collections/Categories'
import { Documents } from './collections/Documents'
import { FeedDecisions } from './collections/FeedDecisions'
import { MembershipRequests } from './collections/MembershipRequests'
import { Proposals } from './collections/Proposals'
import { Inquiries } from './collections/Inquiries'
import { InquiryFiles } from './collections/InquiryFiles'
import { Reposts } from './collections/Reposts'
import { Media } from './collections/Media'
import { Organizations } from './collections/Organizations'
import { Pages } from './collections/Pages'
import { Posts } from './collections/Posts'
import { Events } from './collections/Events'
import { PublishChanges } from './collections/PublishChanges'
import { SiteBuilds } from './collections/SiteBuilds'
import { Subscribers } from './collections/Subscribers'
import { SiteVisits } from './collections/SiteVisits'
import { SiteReferrers } from './collections/SiteReferrers'
import { VisitLogCursors } from './collections/VisitLogCursors'
import { MonitoringSnapshots } from './collections/MonitoringSnapshots'
import { snapshotEndpoint } from './monitoring/snapshots/snapshotEndpoint'
import { MailDeliveries } from './mailings/mailDeliveriesCollection'
import { Users } from './collections/Users'
import { LoginLimits } from './auth/loginLimitsCollection'
import { formEndpoints } from './forms/formEndpoints'
import { monitoringEndpoint } from './monitoring/monitoringEndpoint'
import { incomingCountEndpoint } from './incoming/incomingCountEndpoint'
import { incomingEndpoint } from './incoming/incomingEndpoint'
import { UsedChallenges } from './forms/usedChallengesCollection'
import { databaseAdapter } from './db/databaseAdapter'
import { databaseUri } from './db/databaseUri'
import { jobsConfig } from './jobs/jobsConfig'
import { mailAdapter } from './mail/mailAdapter'
import { secureSystemCollections } from './security/secureSystemCollections'
import { payloadSecret } from './lib/secret'
import { readConfig } from '../config'
import { russianSearch } from './search/russianSearch'
import { siteLinkEndpoint } from './siteLinks/siteLinkEndpoint'
import { requestGuards } from './requests/requestGuards'
import { rowLocks } from './concurrency/rowLocks'
import { trustedOrigins } from './requests/requestSettings'
import { uploadParserOptions } from './uploads/uploadParserOptions'
import { hideApiTab } from './admin/hideApiTab'
import { plainRussianLabels } from './i18n/plainRussianLabels'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * A promise rather than a top-level await: importing the adapter from inside a module that is
 * still being evaluated deadlocks when this config is the first module to load Payload.
 * `settings` is every product variable, parsed: a malformed one stops the start, naming it.
 */
const config = (async (settings = readConfig()) =>
  buildConfig({
    secret: payloadSecret(),
    serverURL: settings.SERVER_URL ?? '',
    // The session cookie counts only from the admin's own origin (and TRUSTED_ORIGINS): a page
    // elsewhere cannot post with it, not even a multipart form, which needs no CORS preflight.
    csrf: trustedOrigins(),
    cors: trustedOrigins(),
    db: await databaseAdapter(databaseUri()),
    editor: lexicalEditor(),
    sharp,
    upload: uploadParserOptions,
    collections: [
      Organizations,
      Users,
      Posts,
      Events,
      Pages,
      Documents,
      Media,
      Categories,
      Proposals,
      Inquiries,
      InquiryFiles,
      Reposts,
      FeedDecisions,
      MembershipRequests,
      Subscribers,
      MailDeliveries,
      SiteBuilds,
      PublishChanges,
      LoginLimits,
      UsedChallenges,
      // Visit statistics (issue 18): counted from the sites' access log, no personal data.
      SiteVisits,
      SiteReferrers,
      VisitLogCursors,
      // The monitoring's quarterly snapshots (issue 18), written only by the snapshotMonitoring job.
      MonitoringSnapshots,
    ],
    i18n: { supportedLanguages: { ru }, fallbackLanguage: 'ru', translations: { ru: ruOverrides } },
    admin: {
      user: Users.slug,
      dateFormat: 'dd.MM.yyyy HH:mm',
      // Scheduled publishing in Moscow time, named in Russian (issue 19); editors in other zones
      // pick theirs.
      timezones: { supportedTimezones: RUSSIAN_TIMEZONES, defaultTimezone: 'Europe/Moscow' },
      // The editor's count of new inquiries, above the dashboard,
      // and the subscriber count with its trend (issue 17).
      components: {
        // The product's own mark and name, on the login page and in the corner (issue 19).
        graphics: {
          Logo: '/components/brand/Logo#Logo',
          Icon: '/components/brand/Icon#Icon',
        },
        beforeDashboard: [
          '/components/NewInquiries#NewInquiries',
          '/components/SubscriberCounts#SubscriberCounts',
          '/components/monitoring/MonitoringOwnRow#MonitoringOwnRow',
        ],
        // The organization switcher (issue 19): lists, dashboard and new documents follow it.
        beforeNavLinks: ['/components/orgSwitcher/OrgSwitcherNav#OrgSwitcherNav'],
        // The monitoring of the information work (issue 18): its page and its menu entry.
        afterNavLinks: ['/components/monitoring/MonitoringNavLink#MonitoringNavLink'],
        views: {
          monitoring: {
            Component: '/components/monitoring/MonitoringView#MonitoringView',
            path: '/monitoring',
            meta: { title: 'Мониторинг' },
          },
          // The review inbox: what arrives from above, with hide / pin / accept (issue 18, 19).
          incoming: {
            Component: '/components/incoming/IncomingView#IncomingView',
            path: '/incoming',
            meta: { title: 'Входящие материалы' },
          },
          // What orgs below propose, rendered whole, with accept / decline (issue 19).
          proposals: {
            Component: '/components/proposals/ProposalsView#ProposalsView',
            path: '/proposals',
            meta: { title: 'Предложенные материалы' },
          },
        },
      },
      avatar: 'default',
      meta: {
        titleSuffix: ' — Сайты профсоюзов',
        description: 'Сайты профсоюзных организаций: новости, страницы, документы',
        openGraph: { siteName: 'Сайты профсоюзов', description: 'Сайты профсоюзных организаций' },
      },
      importMap: {
        baseDir: dirname,
        importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
      },
    },
    jobs: jobsConfig,
    // The public feedback form (/api/forms/*): the one anonymous write path.
    // …and the monitoring's table and exports (issue 18), the incoming view's actions and the
    // documents' addresses on their sites (issue 19), for signed-in editors and admins.
    endpoints: [
      ...formEndpoints,
      monitoringEndpoint,
      incomingEndpoint,
      incomingCountEndpoint,
      snapshotEndpoint,
      siteLinkEndpoint,
    ],
    // One transport for all mail: SMTP_URL, the log in development, an error in production.
    email: mailAdapter(),
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
    graphQL: { disablePlaygroundInProduction: true },
    telemetry: false,
    // Search in Russian (case and ё folded) on every database; depth and list caps, input-shape
    // checks and Russian 400s for every collection; every update locks its row before writing.
    plugins: [russianSearch(), requestGuards(), rowLocks(), hideApiTab(), plainRussianLabels()],
    // Payload's pretty default, unless a level is asked for (tests keep their output to warnings).
    logger: settings.LOG_LEVEL ? { options: { level: settings.LOG_LEVEL } } : undefined,
  }))()

export default config.then(secureSystemCollections)
