/**
 * Tables left out of a backup: state that is derived or transient and rebuilt by itself.
 * Everything else Payload stores (collections, their versions and drafts, arrays, relations,
 * jobs) is backed up.
 */
const LEFT_OUT: Record<string, string> = {
  publish_changes: 'the publishing queue: restore queues a full publish instead',
  site_builds: 'the state of published sites: rebuilt by the full publish after a restore',
  login_limits: 'counters of failed logins and of the feedback form, expire by themselves',
  form_challenges: 'proof-of-work solutions the feedback form took, expire by themselves',
  users_sessions: 'login sessions: users sign in again on the restored platform',
  payload_locked_documents: 'open editing locks',
  payload_locked_documents_rels: 'open editing locks',
  payload_preferences: 'admin UI preferences (column widths, collapsed groups)',
  payload_preferences_rels: 'admin UI preferences',
  payload_migrations: 'written by the migrations of the target database itself',
}

export function isBackedUp(table: string): boolean {
  return !(table in LEFT_OUT)
}
