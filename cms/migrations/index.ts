import * as migration_20261122_004745_initial from './20261122_004745_initial';
import * as migration_20261122_014949_syndication from './20261122_014949_syndication';
import * as migration_20261201_214007_publishing from './20261201_214007_publishing';
import * as migration_20261202_010549_site_renderer from './20261202_010549_site_renderer';
import * as migration_20261206_054154_security from './20261206_054154_security';
import * as migration_20261206_070223_edit_conflicts from './20261206_070223_edit_conflicts';
import * as migration_20261206_154418_sites_for_readers from './20261206_154418_sites_for_readers';
import * as migration_20261206_182043_readers_events_documents_leaders from './20261206_182043_readers_events_documents_leaders';
import * as migration_20261206_200223_body_media from './20261206_200223_body_media';
import * as migration_20261206_210000_body_media_backfill from './20261206_210000_body_media_backfill';
import * as migration_20261206_212347_feedback_and_mail from './20261206_212347_feedback_and_mail';
import * as migration_20261206_232657_mailings_and_stand from './20261206_232657_mailings_and_stand';
import * as migration_20261207_002057_purge_mailing from './20261207_002057_purge_mailing';
import * as migration_20261207_023950_monitoring_and_visits from './20261207_023950_monitoring_and_visits';
import * as migration_20261207_044728_monitoring_snapshots_reminders_rubrics from './20261207_044728_monitoring_snapshots_reminders_rubrics';
import * as migration_20261207_075651_folded_search from './20261207_075651_folded_search';
import * as migration_20261207_075700_folded_search_backfill from './20261207_075700_folded_search_backfill';
import * as migration_20261207_085543_rubric_slug_per_org_proposal_reach from './20261207_085543_rubric_slug_per_org_proposal_reach';
import * as migration_20261207_194444_feed_decision_title from './20261207_194444_feed_decision_title';

export const migrations = [
  {
    up: migration_20261122_004745_initial.up,
    down: migration_20261122_004745_initial.down,
    name: '20261122_004745_initial',
  },
  {
    up: migration_20261122_014949_syndication.up,
    down: migration_20261122_014949_syndication.down,
    name: '20261122_014949_syndication',
  },
  {
    up: migration_20261201_214007_publishing.up,
    down: migration_20261201_214007_publishing.down,
    name: '20261201_214007_publishing',
  },
  {
    up: migration_20261202_010549_site_renderer.up,
    down: migration_20261202_010549_site_renderer.down,
    name: '20261202_010549_site_renderer',
  },
  {
    up: migration_20261206_054154_security.up,
    down: migration_20261206_054154_security.down,
    name: '20261206_054154_security',
  },
  {
    up: migration_20261206_070223_edit_conflicts.up,
    down: migration_20261206_070223_edit_conflicts.down,
    name: '20261206_070223_edit_conflicts',
  },
  {
    up: migration_20261206_154418_sites_for_readers.up,
    down: migration_20261206_154418_sites_for_readers.down,
    name: '20261206_154418_sites_for_readers',
  },
  {
    up: migration_20261206_182043_readers_events_documents_leaders.up,
    down: migration_20261206_182043_readers_events_documents_leaders.down,
    name: '20261206_182043_readers_events_documents_leaders',
  },
  {
    up: migration_20261206_200223_body_media.up,
    down: migration_20261206_200223_body_media.down,
    name: '20261206_200223_body_media',
  },
  {
    up: migration_20261206_210000_body_media_backfill.up,
    down: migration_20261206_210000_body_media_backfill.down,
    name: '20261206_210000_body_media_backfill',
  },
  {
    up: migration_20261206_212347_feedback_and_mail.up,
    down: migration_20261206_212347_feedback_and_mail.down,
    name: '20261206_212347_feedback_and_mail',
  },
  {
    up: migration_20261206_232657_mailings_and_stand.up,
    down: migration_20261206_232657_mailings_and_stand.down,
    name: '20261206_232657_mailings_and_stand',
  },
  {
    up: migration_20261207_002057_purge_mailing.up,
    down: migration_20261207_002057_purge_mailing.down,
    name: '20261207_002057_purge_mailing',
  },
  {
    up: migration_20261207_023950_monitoring_and_visits.up,
    down: migration_20261207_023950_monitoring_and_visits.down,
    name: '20261207_023950_monitoring_and_visits',
  },
  {
    up: migration_20261207_044728_monitoring_snapshots_reminders_rubrics.up,
    down: migration_20261207_044728_monitoring_snapshots_reminders_rubrics.down,
    name: '20261207_044728_monitoring_snapshots_reminders_rubrics',
  },
  {
    up: migration_20261207_075651_folded_search.up,
    down: migration_20261207_075651_folded_search.down,
    name: '20261207_075651_folded_search',
  },
  {
    up: migration_20261207_075700_folded_search_backfill.up,
    down: migration_20261207_075700_folded_search_backfill.down,
    name: '20261207_075700_folded_search_backfill',
  },
  {
    up: migration_20261207_085543_rubric_slug_per_org_proposal_reach.up,
    down: migration_20261207_085543_rubric_slug_per_org_proposal_reach.down,
    name: '20261207_085543_rubric_slug_per_org_proposal_reach',
  },
  {
    up: migration_20261207_194444_feed_decision_title.up,
    down: migration_20261207_194444_feed_decision_title.down,
    name: '20261207_194444_feed_decision_title'
  },
];
