import { APIError } from 'payload'

/**
 * A save refused as stale: 409, its Russian message shown to the caller. Named apart from other
 * API errors so that the config's `loggingLevels` can log it as the everyday event it is
 * (`{ StaleSaveError: 'info' }`) rather than as a server error.
 */
export class StaleSaveError extends APIError {
  constructor(message: string) {
    super(message, 409, undefined, true)
    this.name = 'StaleSaveError'
  }
}
