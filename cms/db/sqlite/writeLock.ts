import { DatabaseBusyError } from './databaseBusy'

/**
 * This process's turn at SQLite's single write lock, first come first served. Writers of one
 * process queue here on promises instead of polling the file lock against each other: a waiter
 * is handed the turn the moment the previous transaction ends, and the event loop stays free
 * meanwhile (the holder needs it to reach its COMMIT).
 */
export class WriteLock {
  private held = false
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = []

  /** Resolves with a release function, or rejects with DatabaseBusyError after `timeoutMs`. */
  acquire(timeoutMs: number): Promise<() => void> {
    if (!this.held) {
      this.held = true
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer)
          resolve(this.releaser())
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1)
          reject(new DatabaseBusyError(timeoutMs))
        }, timeoutMs),
      }
      this.waiting.push(entry)
    })
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (next) next.grant()
      else this.held = false
    }
  }
}
