/**
 * Whether the worker is building a batch, and since when it is not: retired releases are
 * deleted only while it is idle (on a slow disk deleting costs more than building).
 */
export class BusyTime {
  busy = false
  /** When the last batch ended (performance.now()); undefined before the first. */
  private lastBusyAt: number | undefined

  begin(): void {
    this.busy = true
  }

  end(): void {
    this.busy = false
    this.lastBusyAt = performance.now()
  }

  idleMs(): number {
    return performance.now() - (this.lastBusyAt ?? -Infinity)
  }
}
