/** Applies committed migrations to the database in DATABASE_URI (PostgreSQL): `npm run migrate`. */
import '../tools/lib/signsNoLogins'
import { runWithPayload } from '../tools/lib/runWithPayload'

// Connecting runs the migrations (see cms/db/postgresOnConnect.ts); this script only reports the result.
await runWithPayload(async (payload) => {
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    limit: 100,
    depth: 0,
    sort: '-createdAt',
  })
  console.log(
    `Migrations applied: ${docs.map((d) => d.name).join(', ') || 'none (not a PostgreSQL database)'}`,
  )
})
