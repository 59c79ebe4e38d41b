/**
 * Russian → Latin for URLs and host names. Follows the common "Yandex/passport" style
 * (щ → shch, х → kh, ц → ts) because readers recognise it in addresses.
 */
// prettier-ignore
const MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian letters occur in names of organizations and people.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
}

export function transliterate(input: string): string {
  let out = ''
  for (const ch of input) {
    const lower = ch.toLowerCase()
    const mapped = MAP[lower]
    if (mapped === undefined) {
      out += ch
    } else if (ch !== lower && mapped.length > 0) {
      out += mapped[0]!.toUpperCase() + mapped.slice(1)
    } else {
      out += mapped
    }
  }
  return out
}
