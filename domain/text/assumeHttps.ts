// A host name, then optionally a port and a path: «yandex.ru/maps/-/CDx…», «vk.com/profkom».
const BARE_ADDRESS = /^(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u

/**
 * A web address as people paste it, completed: «vk.com/profkom» becomes «https://vk.com/profkom»
 * (editors copy addresses from the browser's bar, which hides the scheme). Anything else is
 * returned trimmed and otherwise as it was, for the field's validation to judge.
 */
export function assumeHttps(value: string): string {
  const trimmed = value.trim()
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed
  const bare = trimmed.startsWith('//') ? trimmed.slice(2) : trimmed
  return BARE_ADDRESS.test(bare) ? `https://${bare}` : trimmed
}
