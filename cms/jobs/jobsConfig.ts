import type { JobsConfig } from 'payload'
import { notifyEditors } from './notifyEditors'
import { refreshOrgSubtree } from './refreshOrgSubtree'

/**
 * Jobs run inside the long-lived admin server (scripts/start.ts sets JOBS_AUTORUN=1): one
 * in-process runner, which is safe. Scripts and tests run queued jobs explicitly.
 */
export const jobsConfig: JobsConfig = {
  tasks: [refreshOrgSubtree, notifyEditors],
  autoRun:
    process.env.JOBS_AUTORUN === '1'
      ? [{ cron: '*/5 * * * * *', limit: 50, queue: 'default' }]
      : [],
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: { singular: { ru: 'Задача' }, plural: { ru: 'Фоновые задачи' } },
    admin: { ...defaultJobsCollection.admin, group: { ru: 'Служебное' } },
  }),
}
