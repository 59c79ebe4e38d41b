/**
 * Text as the admin's search compares it: lower case by the Russian rules, «ё» as «е», and
 * Unicode composed (NFC), so that «КОЛЛЕКТИВНЫЙ», «Коллективный» and «коллективный» are one
 * word and «ёлка» finds «Елка». SQLite's LIKE folds only ASCII letters, and PostgreSQL's ILIKE
 * follows the database's locale (none under C): both compare stored folded copies instead.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('ru-RU').replace(/ё/g, 'е')
}
