import type { Payload } from 'payload'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import type { FileWriter } from '../release/files/fileWriter'
import type { ReleaseDirs } from '../release/releases'

/** File (relative to the host's folder) → key of everything it was rendered from. */
export type PageKeys = Record<string, string>

export type HostBuild =
  | { host: string; status: 'built'; dir: string; pages: number; keys?: PageKeys }
  | { host: string; status: 'gone' }
  | { host: string; status: 'failed'; error: string }

export interface BatchBuild {
  results: HostBuild[]
  /** Hashed assets the pages link to, added to the shared `_astro/` before any swap. */
  assets?: string
  /** Id of the site code the pages were rendered with (recorded per site). */
  renderer?: string
  /** The batch's scratch folder, removed once its hosts are published. */
  scratch: string
  seconds: number
  /** Files of the batch's sites. */
  pages: number
  /** Of those, files rendered anew (the others were linked from the live release). */
  rendered?: number
  /** Where the time went: reading snapshot sources, validating them, rendering and linking. */
  phases?: {
    sourcesSeconds: number
    sourceParts?: { rows: number; feeds: number; posts: number }
    validateSeconds: number
    renderSeconds: number
  }
}

export interface BuildContext {
  /** Scratch space on the same file system as the releases (hosts are renamed in). */
  workDir: string
  dirs: ReleaseDirs
  /** The worker's organizations for this round (read once, shared with change expansion). */
  loadDirectory: () => Promise<OrgDirectory>
  /** Told about each step of the batch (`npm run worker -- --verbose`). */
  progress?: (line: string) => void
  /** The worker's file threads: folders, files and swaps off the main thread. */
  files: FileWriter
}

/** What the pages of a batch were rendered with (known before its first host is built). */
export interface BuiltWith {
  assets?: string
  renderer?: string
}

/** One host of a batch, as soon as it is built (or failed, or found gone). */
export interface BuiltHost {
  /** Its place in the batch's hosts. */
  index: number
  result: HostBuild
  builtWith: BuiltWith
}

type BuildArgs = [payload: Payload, hosts: readonly string[], context: BuildContext]

/** Yields each host as soon as it is built, so it can go live while the others render (the renderer). */
export type HostByHostBuild = (
  ...args: BuildArgs
) => AsyncGenerator<BuiltHost, BatchBuild, undefined>

/** Reports every host at its end (the light build steps of tests). */
export type WholeBatchBuild = (...args: BuildArgs) => Promise<BatchBuild>

/** Builds the sites of `hosts` into folders under `context.workDir`, one result per host. */
export type BuildStep = HostByHostBuild | WholeBatchBuild
