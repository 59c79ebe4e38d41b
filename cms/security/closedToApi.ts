import type { CollectionConfig } from 'payload'

/**
 * The settings of a table the product keeps through Payload only so that it is in the schema
 * (SQLite push, PostgreSQL migrations) and reads and writes through drizzle: hidden in the admin,
 * no GraphQL, no document locks (nobody edits these rows), and every operation refused to the API.
 */
export const closedToApi = {
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
} as const satisfies Partial<CollectionConfig>
