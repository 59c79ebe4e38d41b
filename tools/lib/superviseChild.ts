import { spawn, type ChildProcess } from 'node:child_process'

export interface SuperviseOptions {
  /** Shown in log lines: «the sites' preview server». */
  name: string
  command: string
  args: readonly string[]
  env?: NodeJS.ProcessEnv
  /** Restarts allowed within `windowMs`; one more exit in the window and it stays down. */
  maxRestarts?: number
  windowMs?: number
  /** Pause before a restart (a crash loop must not take a core). */
  delayMs?: number
  log?: (line: string) => void
  /** Called once when the child stays down after too many exits. */
  onGiveUp?: () => void
}

export interface SupervisedChild {
  /** The running child's process id (undefined between a crash and its restart). */
  readonly pid: number | undefined
  /** How many times it was restarted so far. */
  readonly restarts: number
  /** Stops it for good (SIGTERM, then SIGKILL after `graceMs`); resolves when it has exited. */
  stop(graceMs?: number): Promise<void>
}

/**
 * Runs a command as a child process and starts it again when it exits on its own, at most
 * `maxRestarts` times in `windowMs` (default 5 a minute), each with a log line; past that it
 * says so and leaves it down. The parent's own work (here: the publishing worker) goes on
 * either way: that is the point of running the child apart.
 */
export function superviseChild(options: SuperviseOptions): SupervisedChild {
  const maxRestarts = options.maxRestarts ?? 5
  const windowMs = options.windowMs ?? 60_000
  const delayMs = options.delayMs ?? 1_000
  const log = options.log ?? ((line: string) => console.log(line))
  const exits: number[] = []
  let child: ChildProcess | undefined
  let restarts = 0
  let stopping = false
  let timer: NodeJS.Timeout | undefined
  let exited: Promise<void> = Promise.resolve()

  const start = () => {
    timer = undefined
    const current = spawn(options.command, [...options.args], {
      stdio: ['ignore', 'inherit', 'inherit'],
      // Undefined: the child inherits this process's environment.
      env: options.env,
    })
    child = current
    exited = new Promise((resolve) => current.once('exit', () => resolve()))
    current.once('error', (error) => log(`${options.name}: ${error.message}`))
    current.once('exit', (code, signal) => {
      child = undefined
      if (stopping) return
      const now = Date.now()
      exits.push(now)
      while (exits.length > 0 && exits[0]! < now - windowMs) exits.shift()
      const how = signal ? `signal ${signal}` : `code ${code}`
      if (exits.length > maxRestarts) {
        log(
          `${options.name} stopped (${how}) ${exits.length} times within ${windowMs / 1000} s: ` +
            'not restarting it again.',
        )
        options.onGiveUp?.()
        return
      }
      restarts++
      log(`${options.name} stopped (${how}); restarting it (restart ${restarts}).`)
      timer = setTimeout(start, delayMs)
    })
  }
  start()

  return {
    get pid() {
      return child?.pid
    },
    get restarts() {
      return restarts
    },
    async stop(graceMs = 5_000) {
      stopping = true
      if (timer) clearTimeout(timer)
      const running = child
      if (!running) return
      running.kill('SIGTERM')
      const kill = setTimeout(() => running.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(kill)
    },
  }
}
