import { INDICATOR_LABELS } from '../../../domain/monitoring/indicatorLabels'
import { INDICATOR_IDS } from '../../../domain/monitoring/indicatorTypes'
import type { ViewQuery } from '../../../domain/monitoring/viewQuery'
import { ORG_KIND_SHORT_LABELS, ORG_KINDS } from '../../../domain/org/orgKinds'

interface Props {
  orgId: string
  query: ViewQuery
  /** Orgs of the subtree that have children, for the «вышестоящая» filter. */
  parents: { id: string; name: string }[]
  action: string
  reset: string
}

/**
 * The view's filters as a plain GET form: it works without JavaScript, and the page it opens is
 * a link that can be shared or exported as it is. Sorting stays; the page goes back to the first.
 */
export function MonitoringFilters({ orgId, query, parents, action, reset }: Props) {
  return (
    <form className="mon-filters" method="get" action={action} role="search" aria-label="Фильтры">
      <input type="hidden" name="org" value={orgId} />
      {query.sort !== 'name' || query.desc ? (
        <input type="hidden" name="sort" value={`${query.desc ? '-' : ''}${query.sort}`} />
      ) : null}
      <label>
        Поиск по названию
        <input type="search" name="q" defaultValue={query.q ?? ''} maxLength={100} />
      </label>
      <label>
        Уровень
        <select name="kind" defaultValue={query.kind ?? ''}>
          <option value="">все</option>
          {ORG_KINDS.map((k) => (
            <option key={k} value={k}>
              {ORG_KIND_SHORT_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Вышестоящая
        <select name="parent" defaultValue={query.parent ?? ''}>
          <option value="">любая</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Не выполнен показатель
        <select name="failing" defaultValue={query.failing ?? ''}>
          <option value="">не важно</option>
          <option value="any">любой</option>
          {INDICATOR_IDS.map((id) => (
            <option key={id} value={id}>
              {INDICATOR_LABELS[id]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Насколько
        <select name="light" defaultValue={query.light}>
          <option value="problem">красный или жёлтый</option>
          <option value="red">только красный</option>
        </select>
      </label>
      <button type="submit" className="btn btn--style-primary btn--size-small">
        Показать
      </button>
      <a href={reset}>Сбросить</a>
    </form>
  )
}
