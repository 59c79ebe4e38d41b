/**
 * A cell of an exported table made safe for spreadsheets: Excel and LibreOffice run a cell that
 * starts with = + - @ (or a tab / carriage return before one) as a formula, so an address such
 * as `=HYPERLINK(...)@x.ru` typed into a public form would run on the admin's machine. Such a
 * cell gets a leading apostrophe, which the spreadsheet shows as text (OWASP «CSV injection»).
 */
export function csvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** A byte-order mark: Excel opens a UTF-8 CSV as UTF-8 (Cyrillic intact) only with it. */
export const UTF8_BOM = '\uFEFF'
