import type { CollectionConfig } from 'payload'
import { closedToApi } from '../security/closedToApi'

export const LOGIN_LIMITS_SLUG = 'login-limits'

/**
 * The login rate limiter's counters, kept in the project's own database so every process (admin,
 * worker, a second admin instance) shares them and a restart does not reset an attacker's count.
 * A Payload collection only so that the table is part of the schema (SQLite push, PostgreSQL
 * migrations); the limiter reads and writes it through drizzle (cms/auth/loginLimitTable.ts),
 * never through the API, which is closed.
 */
export const LoginLimits: CollectionConfig = {
  slug: LOGIN_LIMITS_SLUG,
  labels: { singular: { ru: 'Счётчик входов' }, plural: { ru: 'Счётчики входов' } },
  ...closedToApi,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'points', type: 'number', required: true },
    { name: 'expire', type: 'date', index: true },
  ],
}
