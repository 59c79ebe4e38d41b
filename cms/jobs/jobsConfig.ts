import type { JobsConfig } from 'payload'
import { configValue } from '../../config'
import { isPlatformAdmin } from '../../domain/access/scope'
import { userOf } from '../access/userOf'
import { notifyEditors } from './notifyEditors'
import { sendMail } from './sendMail'
import { purgeInquiries } from './purgeInquiries'
import { sendInquiryAnswer } from './sendInquiryAnswer'
import { refreshOrgSubtree } from './refreshOrgSubtree'
import { mailNewItems } from './mailNewItems'
import { mailWeeklyDigest } from './mailWeeklyDigest'
import { mailStand } from './mailStand'
import { purgeMailing } from './purgeMailing'
import { aggregateVisits } from './aggregateVisits'
import { mailMonitoringReminders } from './mailMonitoringReminders'
import { snapshotMonitoring } from './snapshotMonitoring'

/**
 * Jobs run inside the long-lived admin server (JOBS_AUTORUN=1, set by `npm start` in
 * tools/demo/startDemo.ts and by `serve:cms`): one in-process runner, which is safe. Scripts and
 * tests run queued jobs explicitly.
 */
export const jobsConfig: JobsConfig = {
  tasks: [
    refreshOrgSubtree,
    notifyEditors,
    sendInquiryAnswer,
    purgeInquiries,
    sendMail,
    mailNewItems,
    mailWeeklyDigest,
    mailStand,
    purgeMailing,
    aggregateVisits,
    mailMonitoringReminders,
    snapshotMonitoring,
  ],
  // Payload lets every signed-in user run, queue and cancel jobs over HTTP (/api/payload-jobs/run…):
  // an editor could run or cancel other orgs' scheduled publications. Only the platform admin may;
  // the runner itself and the hooks queue through the Local API, which overrides access.
  access: {
    run: ({ req }) => isPlatformAdmin(userOf(req)),
    queue: ({ req }) => isPlatformAdmin(userOf(req)),
    cancel: ({ req }) => isPlatformAdmin(userOf(req)),
  },
  autoRun: configValue('JOBS_AUTORUN')
    ? [{ cron: '*/5 * * * * *', limit: 50, queue: 'default' }]
    : [],
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: { singular: { ru: 'Задача' }, plural: { ru: 'Фоновые задачи' } },
    admin: { ...defaultJobsCollection.admin, group: { ru: 'Служебное' } },
  }),
}
