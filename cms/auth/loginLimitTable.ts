import { integer as pgInteger, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core'
import { customType, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Drizzle views of the table Payload creates for the login-limits collection, typed the way
 * rate-limiter-flexible's RateLimiterDrizzle wants them (`expire` as a Date). Only the columns the
 * limiter writes are listed; Payload's id, created_at and updated_at fill themselves.
 */
const TABLE = 'login_limits'

export const pgLoginLimits = pgTable(TABLE, {
  key: varchar('key').notNull().unique(),
  points: pgInteger('points').notNull(),
  expire: timestamp('expire', { withTimezone: true, precision: 3, mode: 'date' }),
})

/** Payload keeps SQLite dates as ISO-8601 text, which sorts and compares like the instants. */
const isoDate = customType<{ data: Date; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => value.toISOString(),
  fromDriver: (value) => new Date(value),
})

export const sqliteLoginLimits = sqliteTable(TABLE, {
  key: text('key').notNull().unique(),
  points: integer('points').notNull(),
  expire: isoDate('expire'),
})
