/**
 * Imported first by the commands that boot Payload but never answer a login or sign a token
 * (seed, worker, export, migrate). The secret only signs and checks logins, so the published
 * development secret is harmless to them, and `npm run seed` works on a fresh checkout like
 * `npm start` does. A PAYLOAD_SECRET that is set is still used (and checked) as it is.
 */
import { assumeDevelopmentMachine, configValue } from '../../config/index'

if (!configValue('PAYLOAD_SECRET')) assumeDevelopmentMachine()
