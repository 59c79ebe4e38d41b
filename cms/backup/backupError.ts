/** A refusal the CLI prints as it is (no stack trace): wrong database, damaged archive… */
export class BackupError extends Error {
  override name = 'BackupError'
}
