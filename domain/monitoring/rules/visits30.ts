import { result, type Rule } from './ruleTypes'

/** Visits to the org's site in the last 30 days (cookieless statistics). */
export const visits30Rule: Rule = ({ visits30 }) => {
  if (visits30 === undefined) return result('visits30', 'none', null, 'нет данных о посещениях')
  if (visits30 > 0)
    return result('visits30', 'green', visits30, `посещений за 30 дней: ${visits30}`)
  return result(
    'visits30',
    'amber',
    0,
    'за 30 дней посещений нет',
    'Расскажите о сайте членам профсоюза: ссылка на стенде, в рассылке, в соцсетях.',
  )
}
