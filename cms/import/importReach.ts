import type { z } from 'zod'
import type { reachEntry } from '../../content/schema/entries'
import type { Ids } from './importContext'

type ReachEntry = z.infer<typeof reachEntry>

/** A bundle's reach for the CMS: the named organizations' keys become their ids. */
export function reachData(orgs: Ids, reach: ReachEntry) {
  const { within, except, ...rest } = reach
  const ids = (keys: readonly string[] | undefined) =>
    (keys ?? []).map((key) => {
      const id = orgs.get(key)
      // content:check reports it first (checkReferences); an import never guesses.
      if (id === undefined) throw new Error(`the reach names no organization "${key}"`)
      return id
    })
  return { ...rest, within: ids(within), except: ids(except) }
}
