/**
 * A stale save that must still go through: with drafts autosaved, the newer version may be the
 * editor's own autosave that landed while their form was sending (a publish racing the autosave
 * queue). Payload's own stale-data warning is off for autosaved collections for the same reason.
 * Two tabs of one editor may then overwrite each other's autosaves; other editors may not.
 */
export function toleratesOwnAutosave(autosaves: boolean, newerVersionIsOwn: boolean): boolean {
  return autosaves && newerVersionIsOwn
}
