import path from 'node:path'
import type { Payload } from 'payload'
import { expect } from 'vitest'
import { runAstroBuild } from '../../publishing/render/astroBuild'
import { exportSnapshots } from '../../publishing/snapshot/exportSnapshots'
import { writeSitePages } from './faults/contentBuild'
import { treeDifferences } from './publishing/treeFiles'

/**
 * The published sites are right when they equal a build made from nothing: every file of the
 * clean build present in `live` with the same bytes, none missing, none extra (treeDifferences).
 * Incremental publishing may take any path; this is the one yardstick the tests hold it to.
 */

/** One astro build of `snapshots` into `out` (which must succeed), compared with `live`. */
export async function snapshotsBuildDifferences(
  snapshots: string,
  out: string,
  live: string,
): Promise<string[]> {
  const build = await runAstroBuild({ snapshots, out })
  expect(build.ok, build.log.slice(-2000)).toBe(true)
  return treeDifferences(out, live)
}

/** The database's sites now, exported into dir/snapshots and built into dir/sites, against `live`. */
export async function cleanBuildDifferences(
  payload: Payload,
  dir: string,
  live: string,
): Promise<string[]> {
  await exportSnapshots(payload, path.join(dir, 'snapshots'))
  return snapshotsBuildDifferences(path.join(dir, 'snapshots'), path.join(dir, 'sites'), live)
}

/** `live` equals a clean full build of the database's sites, byte for byte; `log` explains a failure. */
export async function expectSameAsCleanBuild(
  payload: Payload,
  dir: string,
  live: string,
  log: string[] = [],
): Promise<void> {
  const differences = await cleanBuildDifferences(payload, dir, live)
  expect(differences, log.length > 0 ? log.join('\n') : undefined).toEqual([])
}

/** The fault tests' cheap build (faults/contentBuild.ts) of `hosts`, written into `dir`, against `live`. */
export async function contentBuildDifferences(
  payload: Payload,
  hosts: readonly string[],
  dir: string,
  live: string,
): Promise<string[]> {
  await writeSitePages(payload, hosts, dir)
  return treeDifferences(dir, live)
}
