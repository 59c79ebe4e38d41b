import { pgTable, varchar } from 'drizzle-orm/pg-core'
import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Drizzle views of the table Payload creates for the delivery log (mailDeliveriesCollection.ts):
 * only the columns written here (id, created_at and updated_at fill themselves).
 */
const TABLE = 'mail_deliveries'

export const pgMailDeliveries = pgTable(TABLE, {
  key: varchar('key').notNull().unique(),
  email: varchar('email').notNull(),
  state: varchar('state').notNull(),
  error: varchar('error'),
})

export const sqliteMailDeliveries = sqliteTable(TABLE, {
  key: text('key').notNull().unique(),
  email: text('email').notNull(),
  state: text('state').notNull(),
  error: text('error'),
})
