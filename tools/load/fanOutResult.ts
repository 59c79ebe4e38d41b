import type { SaveSample } from './editorSaves'

/** What one database's part 2 run reports (the RESULT line of fanOutRun.ts). */
export interface FanOutResult {
  orgs: number
  workers: number
  sites: number
  /** Seconds of each step (network, workers, admin, warmUp, baseline, fanOut, adminReady). */
  seconds: Record<string, number>
  /** From the federation post's create until the queue was empty (null: not within 2 × timeout). */
  fanOutSeconds: number | null
  /** Whether the queue emptied while the editor was still saving (within the timeout). */
  savesCoveredFanOut: boolean
  warmUpMs: number[]
  baseline: SaveSample[]
  during: SaveSample[]
  lastTitleSaved: string | null
  lastTitleStored: string | null
  sitesMissingPost: number
  missingExamples: string[]
  workerPeakMb: number[]
  totalSeconds: number
}
