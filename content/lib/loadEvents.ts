import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { slugify } from '../../domain/text/slugify'
import { eventEntry, type EventEntry } from '../schema/eventEntry'
import { BundleError, zodProblems, type BundleProblem } from './bundleError'

export type LoadedEvent = EventEntry & { slug: string; file: string }

/**
 * The events of a bundle: every events/*.json (an array of entries each), validated, with every
 * problem named by file and field. A bundle without the folder has no events.
 */
export function loadEvents(
  dir: string,
  orgKeys: ReadonlySet<string>,
  mediaKeys: ReadonlySet<string>,
): LoadedEvent[] {
  const folder = join(dir, 'events')
  if (!existsSync(folder)) return []
  const problems: BundleProblem[] = []
  const events: LoadedEvent[] = []
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = `events/${name}`
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(join(folder, name), 'utf8'))
    } catch (error) {
      problems.push({ file, path: '', message: `not valid JSON: ${(error as Error).message}` })
      continue
    }
    const parsed = z.array(eventEntry).safeParse(raw)
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error))
      continue
    }
    parsed.data.forEach((e, i) => {
      if (!orgKeys.has(e.org))
        problems.push({ file, path: `${i}.org`, message: `unknown organization "${e.org}"` })
      if (e.cover && !mediaKeys.has(e.cover))
        problems.push({ file, path: `${i}.cover`, message: `unknown media "${e.cover}"` })
      events.push({ ...e, slug: e.slug ?? slugify(e.title, 80), file })
    })
  }
  const keys = new Set<string>()
  for (const e of events) {
    if (keys.has(e.key))
      problems.push({ file: e.file, path: 'key', message: `duplicate event key "${e.key}"` })
    keys.add(e.key)
  }
  if (problems.length > 0) throw new BundleError(problems)
  return events
}
