import { pgTable, timestamp, varchar } from 'drizzle-orm/pg-core'
import { customType, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Drizzle views of the table Payload creates for the used-challenges collection; only the
 * columns written here are listed (Payload's id, created_at and updated_at fill themselves).
 */
const TABLE = 'form_challenges'

export const pgUsedChallenges = pgTable(TABLE, {
  key: varchar('key').notNull().unique(),
  expire: timestamp('expire', { withTimezone: true, precision: 3, mode: 'date' }).notNull(),
})

/** Payload keeps SQLite dates as ISO-8601 text, which sorts and compares like the instants. */
const isoDate = customType<{ data: Date; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => value.toISOString(),
  fromDriver: (value) => new Date(value),
})

export const sqliteUsedChallenges = sqliteTable(TABLE, {
  key: text('key').notNull().unique(),
  expire: isoDate('expire').notNull(),
})
