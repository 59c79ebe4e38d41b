import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { runAstroBuild, type AstroBuildResult } from '../../../publishing/render/astroBuild'
import { SNAPSHOT_DIR } from '../fixtures'

/** The fixture sites: prefixes of their output folders. */
export const SITES = [
  'localhost',
  'mfp.localhost',
  'ugleprof.localhost',
  'ugleprof.localhost/org/severny',
  'zarechnaya.localhost',
]
export const HOSTS = [...new Set(SITES.map((s) => s.split('/')[0]!))]

export interface FixtureBuild {
  result(): AstroBuildResult
  /** The output folder (absolute), for checkers that read it whole. */
  dir(): string
  read(file: string): string
  exists(file: string): boolean
  /** Output files (relative) whose names end with `ext`, shared assets excluded. */
  files(ext: string): string[]
  /** Names in an output folder. */
  list(dir: string): string[]
}

/**
 * One real `astro build` of the fixture snapshots for the spec file that calls this (in its
 * own temporary folder, removed afterwards); every test of the file reads its output.
 */
export function useFixtureBuild(): FixtureBuild {
  let out = ''
  let build: AstroBuildResult | undefined
  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'union-sites-build-'))
    build = await runAstroBuild({ snapshots: SNAPSHOT_DIR, out })
    if (!build.ok) throw new Error(`astro build failed:\n${build.log.slice(-3000)}`)
  }, 120_000)
  afterAll(() => rmSync(out, { recursive: true, force: true }))
  return {
    result: () => build!,
    dir: () => out,
    read: (file) => readFileSync(path.join(out, file), 'utf8'),
    exists: (file) => existsSync(path.join(out, file)),
    files: (ext) =>
      readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
        (f) => f.endsWith(ext) && !f.startsWith('_astro'),
      ),
    list: (dir) => readdirSync(path.join(out, dir)),
  }
}

/** Start tags of an element in HTML, as written. */
export const tags = (html: string, name: string) =>
  html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? []

/** An attribute of a start tag (double-quoted, as Astro writes them). */
export const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

/** Entities Astro writes in attribute values, decoded. */
export const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
