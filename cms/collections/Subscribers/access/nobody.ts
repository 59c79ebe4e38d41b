import type { Access } from 'payload'

/**
 * Rows come only from the public form's double opt-in (cms/subscriptions, Local API overriding
 * access) and change only by the subscriber's own links: nobody, platform admins included,
 * creates or edits one through REST, GraphQL or the admin — an address typed in by staff would
 * carry no consent.
 */
export const nobody: Access = () => false
