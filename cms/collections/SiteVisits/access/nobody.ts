import type { Access } from 'payload'

/**
 * Counted only by the aggregateVisits job (Local API, overriding access): nobody, platform
 * admins included, writes or deletes a figure through REST, GraphQL or the admin.
 */
export const nobody: Access = () => false
