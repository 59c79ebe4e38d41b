import { HEX_COLOR } from '../../domain/contract/primitives'
import { accentPassesAA } from '../../domain/text/color'
import { normalizeDomain } from '../../domain/hosts/normalizeDomain'
import {
  checkUrl,
  SOCIAL_NETWORKS,
  type SocialChannel,
  type SocialNetwork,
} from '../../domain/socialNetworks'

/** Payload field validators with Russian messages. Empty values are fine: `required` handles those. */

export function validateUrl(value: string | null | undefined): true | string {
  if (!value) return true
  return checkUrl(value) === null ? true : 'Введите полный адрес страницы, начиная с https://'
}

/** An example address of the channel: its first host and, for messengers, its path. */
export function socialExample(network: SocialNetwork): string {
  const channel: SocialChannel = SOCIAL_NETWORKS[network]
  return `https://${channel.hosts[0]}${channel.paths?.[0] ?? '/'}…`
}

export function validateSocialUrl(network: SocialNetwork) {
  return (value: string | null | undefined): true | string => {
    if (!value) return true
    const hosts = SOCIAL_NETWORKS[network].hosts.join(', ')
    switch (checkUrl(value, network)) {
      case null:
        return true
      case 'wrong-host':
        return `Это не ссылка на ${SOCIAL_NETWORKS[network].label}: адрес должен вести на ${hosts}.`
      case 'wrong-path':
        return `Это не ссылка на ${SOCIAL_NETWORKS[network].label}: нужна ссылка вида ${socialExample(network)}`
      case 'not-https':
        return 'Ссылка должна начинаться с https://'
      default:
        return `Введите полный адрес страницы, например ${socialExample(network)}`
    }
  }
}

export function validateDomain(value: string | null | undefined): true | string {
  if (!value) return true
  return normalizeDomain(value)
    ? true
    : 'Неверное доменное имя. Укажите только домен, без https:// и без пути, например профсоюз.рф или mosfed.ru'
}

export function validateAccentColor(value: string | null | undefined): true | string {
  if (!value) return true
  if (!HEX_COLOR.test(value)) return 'Укажите цвет в формате #RRGGBB, например #1a4f8b.'
  const { ok, ratio } = accentPassesAA(value)
  return ok
    ? true
    : `Цвет слишком светлый: контраст с белым фоном ${ratio.toLocaleString('ru-RU')}:1, а для доступности (WCAG AA) нужно не меньше 4,5:1. Выберите более тёмный оттенок.`
}

const PHONE = /^\+?[0-9 ()\-–]{5,25}(?:\s*(?:доб\.?|ext\.?)\s*\d{1,6})?$/

export function validatePhone(value: string | null | undefined): true | string {
  if (!value) return true
  return PHONE.test(value.trim()) ? true : 'Укажите телефон цифрами, например +7 495 123-45-67.'
}
