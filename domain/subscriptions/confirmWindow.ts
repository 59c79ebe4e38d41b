/**
 * How long a confirmation link works: a week is enough to find the mail in a spam folder, and a
 * pending row older than that is not consent anyone still means (the reader subscribes again).
 */
export const CONFIRM_VALID_DAYS = 7

export function confirmExpired(consentAt: string | Date | null | undefined, now: Date): boolean {
  if (!consentAt) return true
  return now.getTime() - new Date(consentAt).getTime() > CONFIRM_VALID_DAYS * 86_400_000
}

/** The address as a page shows it to whoever holds the link: `i***@mail.ru` (links get forwarded). */
export function maskAddress(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '***'
  return `${email[0]}***${email.slice(at)}`
}
