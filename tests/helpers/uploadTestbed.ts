import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import { apiClient } from './apiClient'
import { tinyPng } from './files'
import type { UploadPart } from './multipartClient'
import { startTestPayload, type TestPayload } from './testPayload'
import { buildWorld, PASSWORD, type World } from './world'

/** The listing of a folder, sorted; empty when it does not exist yet. */
export function listing(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

export const part = (bytes: Uint8Array, name: string, type: string): UploadPart => ({
  bytes,
  name,
  type,
})

/** Payload appends `-1`, `-2`… when a name is taken. */
export const named = (stem: string, ext: string) => new RegExp(`^${stem}(-\\d+)?\\.${ext}$`)

/**
 * A Payload on a fresh database with the test world, for the upload tests: the ППО editor
 * uploads for its own org; the folders are the ones Payload writes to.
 */
export function useUploadTestbed() {
  let t: TestPayload
  let world: World
  let api: ReturnType<typeof apiClient>
  let png: Buffer
  beforeAll(async () => {
    t = await startTestPayload()
    world = await buildWorld(t.payload)
    api = apiClient(t.payload)
    png = await tinyPng()
  })
  afterAll(async () => t?.close())
  return {
    get payload(): Payload {
      return t.payload
    },
    get dataDir() {
      return t.dataDir
    },
    get world() {
      return world
    },
    get png() {
      return png
    },
    imagesDir: () => join(t.dataDir, 'uploads', 'images'),
    documentsDir: () => join(t.dataDir, 'uploads', 'documents'),
    editorToken: () => api.login(world.users.ppoEditor.email, PASSWORD),
    editor: () =>
      t.payload.findByID({ collection: 'users', id: world.users.ppoEditor.id, depth: 0 }),
    mediaData: () => ({ alt: 'Снимок', organization: world.orgs.ppoA1 }),
    documentData: () => ({
      title: 'Отчёт',
      docType: 'public_report',
      year: 2025,
      organization: world.orgs.ppoA1,
    }),
  }
}
