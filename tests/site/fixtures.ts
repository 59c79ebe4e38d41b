import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { toSiteData, type SiteData } from '../../site/src/data/site'
import { parseSnapshot, type Snapshot } from '../../domain/contract/snapshot'

/**
 * The hand-written site snapshots: federation, union, regional association (МФП), ППО on its own
 * host and ППО as a section of its union's site.
 */
export const SNAPSHOT_DIR = fileURLToPath(new URL('../fixtures/snapshots/', import.meta.url))

export const FIXTURES = ['fnpr', 'ugleprof', 'mfp', 'ppo-zarechnaya', 'ppo-severny'] as const
export type FixtureName = (typeof FIXTURES)[number]

/** A fresh, mutable copy of a fixture's JSON, for breaking it in tests. */
export function fixtureJson(name: FixtureName): Record<string, any> {
  return JSON.parse(readFileSync(`${SNAPSHOT_DIR}${name}.json`, 'utf8'))
}

export function fixtureSnapshot(name: FixtureName): Snapshot {
  return parseSnapshot(fixtureJson(name), `${name}.json`)
}

export function fixtureSite(name: FixtureName): SiteData {
  return toSiteData(fixtureSnapshot(name), `${name}.json`)
}

/** The message parseSnapshot throws for a JSON value, or '' if it is valid. */
export function snapshotProblems(json: unknown, source = 'test.json'): string {
  try {
    parseSnapshot(json, source)
    return ''
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
