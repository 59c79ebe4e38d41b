import type { Plugin } from 'payload'
import { capSelfReferences } from './capSelfReferences'
import { graphqlListLimits } from './graphqlListLimits'
import { guardInput } from './guardInput'
import { requestLimits } from './requestSettings'
import { translateError } from './translateError'

/**
 * The request defences that concern every collection, applied to the config as a plugin so that
 * no collection can be added without them: a global population depth, self-references capped
 * lower, the input-shape check before any other hook, GraphQL list limits, and Russian 400s for
 * callers' mistakes. (Body size, REST list limits and origins are set at the route and in the
 * config itself: see guardRest and trustedOrigins.)
 */
export function requestGuards(limits = requestLimits()): Plugin {
  return (config) => ({
    ...config,
    maxDepth: limits.maxDepth,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: capSelfReferences(collection.slug, collection.fields, limits.selfReferenceDepth),
      hooks: {
        ...collection.hooks,
        beforeOperation: [guardInput, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [
        ...(config.graphQL?.validationRules?.(args) ?? []),
        graphqlListLimits(args, limits),
      ],
    },
    hooks: {
      ...config.hooks,
      afterError: [...(config.hooks?.afterError ?? []), translateError],
    },
  })
}
