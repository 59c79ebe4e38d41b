import type { Access } from 'payload'

/**
 * Inquiries come only from the public form, through receiveInquiry (Local API, overriding
 * access): nobody, platform admins included, creates one through REST, GraphQL or the admin.
 */
export const nobody: Access = () => false
