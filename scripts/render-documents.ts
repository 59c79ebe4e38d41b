/**
 * Authoring tool for the demo documents: turns content/demo/documents/src/<name>.md into
 * A4 PDFs in content/demo/documents/files/<name>.pdf and writes documents.json from the
 * front matter, so the PDFs, their titles and the catalogue cannot drift apart.
 *
 *   npm run render-documents
 *
 * The PDFs are committed to git; the build never runs this. Rendering uses Debian Chromium
 * through playwright-core because it embeds subset fonts (small files) and shapes Cyrillic.
 */
import { renderDocuments } from '../tools/documents/renderDocuments'

renderDocuments().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
