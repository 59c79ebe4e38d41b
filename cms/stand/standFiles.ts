import path from 'node:path'
import { dataDir } from '../../config/paths'

/**
 * Where the mailed stands are kept: `DATA_DIR/stands/<org id>/<yyyy>-w<ww>.pdf`. A file there
 * means «this week's stand of this org has been handed to the mail queue» (the Monday pass skips
 * it), and the `mailStand` job reads its attachment from it, so the jobs table never holds a PDF.
 */
const STAND_FILE = /^[A-Za-z0-9_-]{1,64}\/\d{4}-w\d{2}\.pdf$/

export const standFileName = (orgId: string | number, label: string) => `${orgId}/${label}.pdf`

/** The absolute path of a stand file; throws on anything but `<org id>/<week>.pdf`. */
export function standFilePath(name: string): string {
  if (!STAND_FILE.test(name)) throw new Error(`not a stand file name: ${name}`)
  return path.join(dataDir(), 'stands', name)
}
