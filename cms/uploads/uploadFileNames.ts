/** The file names of an upload document: the file itself, then each generated image size. */
export function uploadFileNames(doc: unknown): string[] {
  if (!doc || typeof doc !== 'object') return []
  const { filename, sizes } = doc as { filename?: unknown; sizes?: unknown }
  const names = typeof filename === 'string' && filename ? [filename] : []
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes)) {
      const name = (size as { filename?: unknown } | null)?.filename
      if (typeof name === 'string' && name) names.push(name)
    }
  }
  return names
}
