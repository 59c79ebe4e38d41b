import { resolve } from 'node:path'
import { dataDir } from '../../config/paths'

/**
 * Outside `uploads/`, which every site serves under /media/: attachments are reachable only
 * through `/api/inquiry-files/file/…`, which checks the reader's rights.
 */
export const inquiryFilesDir = (): string => resolve(dataDir(), 'private', 'inquiry-files')
