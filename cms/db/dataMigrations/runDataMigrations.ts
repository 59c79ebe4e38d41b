import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { DATA_MIGRATIONS } from '.'

async function recorded(payload: Payload, name: string, req?: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-migrations',
    where: { name: { equals: name } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Runs the data migrations this database has not recorded, each in one transaction with its
 * record, so a crash mid-way runs it again at the next start rather than never. Two processes
 * starting together (the admin and the worker of `npm start`): the second finds the record once
 * it gets the write lock, and skips. For SQLite, whose schema is pushed rather than migrated;
 * PostgreSQL runs the same functions from cms/migrations.
 */
export async function runDataMigrations(payload: Payload): Promise<void> {
  for (const migration of DATA_MIGRATIONS) {
    if (await recorded(payload, migration.name)) continue
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      if (!(await recorded(payload, migration.name, req))) {
        await migration.up(payload, req)
        await payload.create({
          collection: 'payload-migrations',
          data: { name: migration.name, batch: 0 },
          overrideAccess: true,
          req,
        })
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
}
