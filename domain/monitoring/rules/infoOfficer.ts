import { result, type Rule } from './ruleTypes'

/** A named person responsible for the information work (000/001), reachable by phone or e-mail. */
export const infoOfficerRule: Rule = ({ infoOfficer }) => {
  const fix =
    'Укажите ответственного за информационную работу: ФИО, телефон и почту (карточка организации).'
  if (!infoOfficer.name)
    return result(
      'infoOfficer',
      'red',
      false,
      'ответственный за информационную работу не назначен',
      fix,
    )
  if (!infoOfficer.phone && !infoOfficer.email)
    return result(
      'infoOfficer',
      'amber',
      true,
      'у ответственного за информационную работу нет телефона и почты',
      fix,
    )
  return result('infoOfficer', 'green', true, 'ответственный за информационную работу назначен')
}
