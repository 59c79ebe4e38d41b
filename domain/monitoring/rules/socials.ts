import { result, type Rule } from './ruleTypes'

/** Social channels as the member count requires: compulsory over `socialRequiredOver` members. */
export const socialsRule: Rule = ({ socialChannels, memberCount }, t) => {
  if (socialChannels > 0)
    return result(
      'socials',
      'green',
      socialChannels,
      `страниц в соцсетях и мессенджерах: ${socialChannels}`,
    )
  const fix =
    'Создайте страницу организации в социальной сети и укажите её адрес в карточке организации.'
  if (memberCount === null)
    return result(
      'socials',
      'amber',
      0,
      'нет страниц в соцсетях, а число членов профсоюза не указано',
      `${fix} Укажите число членов профсоюза.`,
    )
  if (memberCount > t.socialRequiredOver)
    return result(
      'socials',
      'red',
      0,
      `нет страницы в соцсетях при ${memberCount} членах профсоюза; обязательна свыше ${t.socialRequiredOver}`,
      fix,
    )
  return result(
    'socials',
    'none',
    0,
    `страница в соцсетях не обязательна при ${memberCount} членах профсоюза`,
  )
}
