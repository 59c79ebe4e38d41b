import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { configValue } from '../../config'
import { mailedStandWeek } from '../../domain/stand/standItems'
import { standMailDue } from '../../domain/stand/standMailDue'
import { SiteRenderer } from '../render/siteRenderer'
import { launchStandBrowser } from './standPdf'
import { printStands } from './printStands'
import { mailMondayStands } from './mondayStands'
import { MOSCOW_TIME_ZONE } from '../../domain/time/moscow'

export interface StandPrinterOptions {
  sitesDir: string
  /** For the Monday mail; without it the printer only prints the sites' latest stands. */
  payload?: Payload
  /** The network's wall clock for «Monday 07:00» (orgs of one network share it). */
  timeZone?: string
  /** Stop after one pass (tests, cron). */
  once?: boolean
  /** Pause between passes; a pass with nothing stale costs a few stats per site. */
  intervalMs?: number
  log?: (line: string) => void
  signal?: AbortSignal
}

/**
 * The stand job, its own process (`npm run stands`), never a request: each pass prints the PDFs
 * of the sites whose latest print page changed and, on Monday from 07:00, mails every org's
 * stand of the week just ended (once: see mondayStands.ts). One Chromium for the process's life
 * (its start costs a second), started again if it dies.
 */
export async function runStandPrinter(options: StandPrinterOptions): Promise<void> {
  const { sitesDir, payload, timeZone = MOSCOW_TIME_ZONE, once = false, signal } = options
  const { intervalMs = 60_000, log = console.log } = options
  let browser: Browser | undefined
  let renderer: SiteRenderer | undefined
  try {
    do {
      if (!browser?.isConnected()) browser = await launchStandBrowser()
      const reprintAfterMs = configValue('STAND_REPRINT_MINUTES') * 60_000
      const { printed, failed } = await printStands(browser, sitesDir, log, reprintAfterMs)
      if (printed.length > 0 || failed.length > 0)
        log(`stands: ${printed.length} printed, ${failed.length} failed`)
      const now = new Date()
      if (payload && standMailDue(now, timeZone)) {
        renderer ??= await SiteRenderer.open()
        const week = mailedStandWeek(now, timeZone)
        const { queued, failed } = await mailMondayStands(payload, browser, renderer, week)
        if (queued.length > 0) log(`stands mailed: ${queued.join(', ')}`)
        for (const line of failed) log(`stand not mailed: ${line}`)
      }
      if (once) break
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    } while (!signal?.aborted)
  } finally {
    await browser?.close()
  }
}
