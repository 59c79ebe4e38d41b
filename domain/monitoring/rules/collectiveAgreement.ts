import { ORG_KIND_SHORT_LABELS } from '../../org/orgKinds'
import { result, type Rule } from './ruleTypes'

/** A ППО keeps its collective agreement on its documents page (type «Коллективный договор»). */
export const collectiveAgreementRule: Rule = ({ kind, documents }, t) => {
  if (!t.collectiveAgreementKinds.includes(kind))
    return result(
      'collectiveAgreement',
      'none',
      null,
      `для уровня «${ORG_KIND_SHORT_LABELS[kind]}» не требуется`,
    )
  if (documents.collectiveAgreement)
    return result('collectiveAgreement', 'green', true, 'коллективный договор размещён')
  return result(
    'collectiveAgreement',
    'red',
    false,
    'коллективный договор не размещён',
    'Загрузите коллективный договор: «Материалы» → «Документы», вид «Коллективный договор».',
  )
}
