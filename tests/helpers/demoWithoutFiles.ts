import { join } from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle, type Bundle } from '../../content/lib/loadBundle'

/** The demo without its files: syndication and publishing do not depend on images, and files are slow. */
export function demoWithoutFiles(): Bundle {
  const bundle = loadBundle(join(PROJECT_ROOT, 'content/demo'))
  return {
    ...bundle,
    media: [],
    documents: [],
    organizations: bundle.organizations.map((o) => ({
      ...o,
      branding: { ...o.branding, logo: undefined },
    })),
    posts: bundle.posts.map((p) => ({ ...p, cover: undefined })),
  }
}
