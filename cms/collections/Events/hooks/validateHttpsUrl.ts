import { checkUrl } from '../../../../domain/socialNetworks'

/** Links readers follow from an event page: full https addresses only. */
export function validateHttpsUrl(value: string | null | undefined): true | string {
  if (!value) return true
  if (checkUrl(value) !== null) return 'Введите полный адрес страницы, начиная с https://'
  return value.trim().startsWith('https://') ? true : 'Ссылка должна начинаться с https://'
}
