import { join } from 'node:path'
import { BODY_MEDIA } from '../../cms/import/bodyMedia'
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
    // Images in the text go with the files they show.
    posts: bundle.posts.map((p) => ({
      ...p,
      cover: undefined,
      body: p.body.replace(BODY_MEDIA, ''),
    })),
    pages: bundle.pages.map((p) => ({ ...p, body: p.body.replace(BODY_MEDIA, '') })),
  }
}
