import type { OrgId } from '../org/orgGraph'
import type { SiteChange } from './siteChange'

/** A site host to (re)build, with the org that owns the host, for the admin's list. */
export interface HostMark {
  host: string
  /** Null for a host that no org serves any more (it is marked to be taken offline). */
  org: OrgId | null
  /** The host org's lineage as `/root/…/org/`, for subtree access in the admin. */
  orgPath: string
}

/** A site a worker holds the lease of: build generation `gen` (or newer) and publish it. */
export interface ClaimedSite {
  id: OrgId
  host: string
  gen: number
  attempts: number
}

export interface BuildStats {
  pages: number
  durationMs: number
  /** Id of the site code (templates, themes) the pages were rendered with. */
  renderer?: string
}

export interface StoredChange {
  id: OrgId
  change: SiteChange
  reason: string
}

/**
 * The publishing queue: one row per host with a request counter, claimed under a lease.
 * Every method is atomic on its own, so several workers on several machines can share it.
 */
export interface SiteBuildQueue {
  /** Asks for a new build of each host (rows are created on first mark). */
  mark(marks: readonly HostMark[], reason: string): Promise<void>
  /**
   * Takes up to `limit` recorded changes, lets `expand` turn them into host marks and deletes
   * them, all in one transaction: a change is expanded exactly once, or stays for a retry.
   */
  takeChanges(
    limit: number,
    expand: (changes: StoredChange[]) => Promise<{ marks: HostMark[]; reason: string }>,
  ): Promise<number>
  /** Leases up to `limit` hosts whose requested generation is not live yet. */
  claim(worker: string, limit: number, leaseMs: number): Promise<ClaimedSite[]>
  /** Extends the leases still held by `worker`; returns the ids it still holds. */
  renew(worker: string, ids: readonly OrgId[], leaseMs: number): Promise<Set<string>>
  /** Records a published build; false if the lease was lost meanwhile (nothing is changed). */
  complete(worker: string, site: ClaimedSite, stats: BuildStats): Promise<boolean>
  /** complete() for several sites at once; returns the ids recorded (the others lost their lease). */
  completeMany(
    worker: string,
    done: readonly { site: ClaimedSite; stats: BuildStats }[],
  ): Promise<Set<string>>
  /** Forgets a host that was taken offline (no org serves it any more). */
  remove(worker: string, site: ClaimedSite): Promise<void>
  /** Gives the host back with a Russian error message; it is retried after `retryMs`. */
  fail(worker: string, site: ClaimedSite, message: string, retryMs: number): Promise<void>
  /** Hosts waiting for a build and changes waiting to be expanded. */
  backlog(): Promise<{ hosts: number; changes: number }>
}
