import { result, type Rule } from './ruleTypes'

/** Confirmed mailing subscribers: none yet is amber (the site's «Подписаться» page brings them). */
export const subscribersRule: Rule = ({ subscribers }) => {
  if (subscribers === undefined)
    return result('subscribers', 'none', null, 'нет данных о подписчиках')
  if (subscribers > 0)
    return result('subscribers', 'green', subscribers, `подтверждённых подписчиков: ${subscribers}`)
  return result(
    'subscribers',
    'amber',
    0,
    'нет подтверждённых подписчиков рассылки',
    'Расскажите членам профсоюза о рассылке: ссылка «Подписаться» есть на сайте.',
  )
}
