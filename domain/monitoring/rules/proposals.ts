import { result, type Rule } from './ruleTypes'

/** Items proposed upward this quarter and accepted there (the documents' exchange of materials). */
export const proposalsRule: Rule = ({ proposals, hasParent }, t) => {
  if (!hasParent) return result('proposals', 'none', null, 'вышестоящей организации нет')
  if (t.proposalsQuarterTarget === 0)
    return result('proposals', 'none', proposals.accepted, 'норма предложений не задана')
  const text = `за квартал предложено ${proposals.sent}, принято ${proposals.accepted} при норме ${t.proposalsQuarterTarget}`
  if (proposals.accepted >= t.proposalsQuarterTarget)
    return result('proposals', 'green', proposals.accepted, text)
  return result(
    'proposals',
    'amber',
    proposals.accepted,
    text,
    'Предложите вышестоящей организации новость о своей работе («Распространение» → «Предложения»).',
  )
}
