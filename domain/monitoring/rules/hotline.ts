import { ORG_KIND_SHORT_LABELS } from '../../org/orgKinds'
import { result, type Rule } from './ruleTypes'

/** A hotline where the network requires one (by default ТООП and the federation, see thresholds). */
export const hotlineRule: Rule = ({ kind, hotline }, t) => {
  if (!t.hotlineKinds.includes(kind))
    return result(
      'hotline',
      'none',
      hotline,
      `для уровня «${ORG_KIND_SHORT_LABELS[kind]}» не обязательна`,
    )
  if (hotline) return result('hotline', 'green', true, 'горячая линия указана')
  return result(
    'hotline',
    'red',
    false,
    `нет горячей линии, обязательной для уровня «${ORG_KIND_SHORT_LABELS[kind]}»`,
    'Укажите телефон горячей линии в контактах организации.',
  )
}
