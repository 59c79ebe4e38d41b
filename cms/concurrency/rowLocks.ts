import type { Plugin } from 'payload'
import { lockForUpdate } from './lockForUpdate'

/**
 * Every collection's updates lock their row before writing (see lockForUpdate), applied as a
 * plugin so that no collection can be added without it.
 */
export function rowLocks(): Plugin {
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeChange: [lockForUpdate, ...(collection.hooks?.beforeChange ?? [])],
      },
    })),
  })
}
