import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'
import type { Bundle } from '../../../content/lib/loadBundle'
import { rendererId } from '../../../publishing/render/rendererBuild'
import {
  restorePostgresTemplate,
  savePostgresTemplate,
  type PostgresTemplate,
} from '../database/postgresTemplate'
import { restoreSqliteTemplate, saveSqliteTemplate } from '../database/sqliteTemplate'
import { testDb, type TestPayload } from '../testPayload'

/**
 * What a bundle's first publish left: the database's rows and the folder with the sites, their
 * releases and the work folder (plus what Payload wrote to its data folder). Each later file of
 * the process gets its own copy of both instead of importing and building every site again.
 */
interface PublishedTemplate {
  dir: string
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; template: PostgresTemplate }
}

/**
 * Per process, because the int project's files share one (vitest.config.ts: isolate false, one
 * file at a time) and the PostgreSQL copy lives in that process's own database. The folder goes
 * with the run's (tests/helpers/intDataRoot.ts).
 */
const templates = new Map<string, Promise<PublishedTemplate | undefined>>()

/**
 * A template is kept where files share a booted Payload on SQLite or PostgreSQL; elsewhere a
 * process publishes once anyway.
 */
const templating = () => inject('sharedPayload') && testDb() !== 'mongodb'

/** The bundle, the database kind and the site's code (the renderer's hash) shape a publish. */
function templateKey(bundle: Bundle): string {
  return createHash('sha1')
    .update(`${testDb()}\0${rendererId()}\0`)
    .update(JSON.stringify(bundle))
    .digest('hex')
    .slice(0, 16)
}

const dataFiles = (dataDir: string) => readdirSync(dataDir).filter((e) => !e.startsWith('test.db'))

/** Copies a folder with its symlinks as they are (relative links stay valid in the copy). */
const copyTree = (from: string, to: string) =>
  cpSync(from, to, { recursive: true, verbatimSymlinks: true })

/** The template of an earlier publish of `bundle` in this process, if any. */
export async function publishedTemplate(bundle: Bundle): Promise<PublishedTemplate | undefined> {
  if (!templating()) return undefined
  return templates.get(templateKey(bundle))
}

/** Keeps what the first publish of `bundle` left in `root` and the database, for later files. */
export async function keepPublished(bundle: Bundle, t: TestPayload, root: string): Promise<void> {
  if (!templating()) return
  const key = templateKey(bundle)
  const kept = (async (): Promise<PublishedTemplate | undefined> => {
    const dir = path.join(inject('intDataRoot'), `published-${process.pid}-${key}`)
    mkdirSync(path.join(dir, 'data'), { recursive: true })
    let database: PublishedTemplate['database']
    if (testDb() === 'postgres') {
      const template = await savePostgresTemplate(t.payload, `us_published_${key}`)
      if (!template) return undefined
      database = { kind: 'postgres', template }
    } else {
      database = { kind: 'sqlite', file: path.join(dir, 'template.db') }
      await saveSqliteTemplate(database.file)
    }
    // The work folder's batches are removed in the background once published (publishRound's
    // tidyAfter): a copy keeps none, as a publish leaves none once that removal is done.
    const work = path.join(root, 'work')
    cpSync(root, path.join(dir, 'tree'), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => path.dirname(source) !== work,
    })
    for (const entry of dataFiles(t.dataDir))
      copyTree(path.join(t.dataDir, entry), path.join(dir, 'data', entry))
    return { dir, database }
  })()
  templates.set(key, kept)
  try {
    await kept
  } catch (error) {
    templates.delete(key)
    throw error
  }
}

/**
 * Gives a freshly reset Payload (startTestPayload) and the empty folder `root` their own copy of
 * the template: the same rows, ids and sequences, the same releases and live links.
 */
export async function restorePublished(
  template: PublishedTemplate,
  t: TestPayload,
  root: string,
): Promise<void> {
  if (template.database.kind === 'postgres')
    await restorePostgresTemplate(t.payload, template.database.template)
  else await restoreSqliteTemplate(template.database.file)
  copyTree(path.join(template.dir, 'tree'), root)
  for (const entry of readdirSync(path.join(template.dir, 'data')))
    copyTree(path.join(template.dir, 'data', entry), path.join(t.dataDir, entry))
}
