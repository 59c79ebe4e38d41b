/**
 * Share links of an article: plain links to the networks' share pages, no scripts or icons from
 * them (no request leaves for VK, Telegram or OK until the reader clicks; 152-ФЗ).
 */
export interface ShareLink {
  label: string
  href: string
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  return [
    { label: 'ВКонтакте', href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { label: 'Одноклассники', href: `https://connect.ok.ru/offer?url=${u}&title=${t}` },
  ]
}
