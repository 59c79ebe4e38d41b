import type { Payload } from 'payload'
import { OrgDirectory } from '../../cms/export/orgDirectory'

/**
 * The organizations of a worker's round, shared by its expand and render stages: checked once
 * per round (two indexed reads) and read again only when they changed, since at 10,000 orgs a
 * read costs seconds. Changes to the orgs themselves always read them afresh (`reload`).
 */
export class RoundOrgs {
  private current: Promise<OrgDirectory> | undefined
  private kept: { signature: string; directory: Promise<OrgDirectory> } | undefined

  constructor(private readonly payload: Payload) {}

  /** A new round: the next `load` checks the orgs' signature again. */
  newRound(): void {
    this.current = undefined
  }

  readonly load = (): Promise<OrgDirectory> => (this.current ??= this.read())
  readonly reload = (): Promise<OrgDirectory> => (this.current = this.read(true))

  /** Reads the orgs unless the ones kept are still current (also the worker's warm-up). */
  async read(fresh = false): Promise<OrgDirectory> {
    const signature = await OrgDirectory.signature(this.payload)
    if (fresh || this.kept?.signature !== signature) {
      this.kept = { signature, directory: OrgDirectory.load(this.payload) }
      this.kept.directory.catch(() => (this.kept = undefined))
    }
    return this.kept.directory
  }
}
