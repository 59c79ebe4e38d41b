import { result, type Rule } from './ruleTypes'

/** The weekly stand (000, ППО: refreshed at least weekly): items of this week on it. */
export const standRule: Rule = ({ kind, standItemsThisWeek }, t) => {
  if (!t.standKinds.includes(kind))
    return result('stand', 'none', null, 'стенд для этого уровня не отслеживается')
  if (standItemsThisWeek === undefined) return result('stand', 'none', null, 'нет данных о стенде')
  if (standItemsThisWeek > 0)
    return result(
      'stand',
      'green',
      standItemsThisWeek,
      `материалов на стенде этой недели: ${standItemsThisWeek}`,
    )
  return result(
    'stand',
    'amber',
    0,
    'на стенде этой недели нет материалов',
    'Опубликуйте новость на этой неделе: она попадёт на стенд.',
  )
}
