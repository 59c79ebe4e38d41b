import path from 'node:path'
import { readConfig } from '../config/index'
import { PROJECT_ROOT, dataDir } from '../config/paths'

/**
 * The built sites' folder and the uploads folder for the serving commands: flags are relative to
 * the working directory; the variables (OUT_DIR, MEDIA_DIR), to the repository root. The CMS
 * keeps uploads in DATA_DIR/uploads/{images,documents}; sites link them as /media/….
 */
export function sitesDirs(flags: { 'out-dir'?: string; 'media-dir'?: string }) {
  const settings = readConfig()
  return {
    outDir: flags['out-dir']
      ? path.resolve(flags['out-dir'])
      : path.resolve(PROJECT_ROOT, settings.OUT_DIR),
    mediaDir: flags['media-dir']
      ? path.resolve(flags['media-dir'])
      : path.resolve(PROJECT_ROOT, settings.MEDIA_DIR ?? path.join(dataDir(), 'uploads')),
  }
}
