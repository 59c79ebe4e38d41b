import { join } from 'node:path'
import { BODY_MEDIA } from '../../cms/import/bodyMedia'
import { BODY_BLOCK } from '../../cms/import/bodyBlocks'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle, type Bundle } from '../../content/lib/loadBundle'

/** A gallery shows only images: it goes with them; a video keeps its link and loses its poster. */
const withoutFiles = (body: string) =>
  body
    .replace(BODY_BLOCK, (fence: string, kind: string) =>
      kind === 'gallery' ? '' : fence.replace(/^poster:.*\r?\n?/m, ''),
    )
    .replace(BODY_MEDIA, '')

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
      leadership: o.leadership && {
        ...o.leadership,
        chairperson: o.leadership.chairperson && { ...o.leadership.chairperson, photo: undefined },
      },
    })),
    // Images in the text go with the files they show.
    posts: bundle.posts.map((p) => ({
      ...p,
      cover: undefined,
      body: withoutFiles(p.body),
    })),
    pages: bundle.pages.map((p) => ({ ...p, body: withoutFiles(p.body) })),
  }
}
