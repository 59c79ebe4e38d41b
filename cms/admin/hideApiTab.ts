import type { Plugin } from 'payload'

/**
 * No «API» tab on documents (issue 19): it shows the raw REST address and JSON, which means
 * nothing to a volunteer editor and reads as a fault. Platform operators use the REST API itself.
 * A collection or global that sets `hideAPIURL` keeps its own choice.
 */
export const hideApiTab = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    admin: { hideAPIURL: true, ...collection.admin },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    admin: { hideAPIURL: true, ...global.admin },
  })),
})
