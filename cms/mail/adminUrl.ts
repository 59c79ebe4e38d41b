import { configValue } from '../../config'

/**
 * The absolute address of a page of the admin (`/admin/collections/proposals/12`) for a link in
 * a message, or undefined when SERVER_URL is not set (a relative link is useless in a mail client).
 * Read through config when the message is built, as the mail settings are.
 */
export function adminUrl(path: string): string | undefined {
  const server = configValue('SERVER_URL')
  return server ? new URL(path, server).href : undefined
}
