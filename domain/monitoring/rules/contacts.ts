import { result, type Rule } from './ruleTypes'

const PARTS = [
  ['address', 'адрес'],
  ['phone', 'телефон'],
  ['email', 'электронная почта'],
  ['receptionHours', 'часы приёма'],
] as const

/** Contacts complete: address, phone, e-mail and reception hours («цифровая зрелость», 000 X). */
export const contactsRule: Rule = ({ contacts }) => {
  const missing = PARTS.filter(([key]) => !contacts[key]).map(([, label]) => label)
  const filled = PARTS.length - missing.length
  if (missing.length === 0) return result('contacts', 'green', filled, 'контакты заполнены')
  return result(
    'contacts',
    filled === 0 ? 'red' : 'amber',
    filled,
    `не указаны: ${missing.join(', ')}`,
    `Заполните в карточке организации: ${missing.join(', ')}.`,
  )
}
