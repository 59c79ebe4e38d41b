import { isAbsolute, resolve } from 'node:path'
import { configValue } from './index'
import { dataDir, PROJECT_ROOT } from './paths'

/**
 * The sites' access log (ACCESS_LOG): what `serve:sites` appends to and the visits job reads.
 * Default DATA_DIR/logs/access.log; production points it at nginx's log.
 */
export function accessLogFile(): string {
  const file = configValue('ACCESS_LOG')
  if (!file) return resolve(dataDir(), 'logs', 'access.log')
  return isAbsolute(file) ? file : resolve(PROJECT_ROOT, file)
}
