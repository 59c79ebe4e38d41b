import type { IndicatorId } from '../indicatorTypes'
import { count, NEWS } from '../ruleText'
import { result, type Rule } from './ruleTypes'

const FIX = 'Опубликуйте собственную новость о работе организации («Материалы» → «Новости»).'

/** Own news in a window against the network's target: amber below it, red at none. */
function newsRule(
  id: IndicatorId,
  days: 7 | 30 | 90,
  key: 'last7' | 'last30' | 'last90',
  target: 'news7Target' | 'news30Target' | 'news90Target',
): Rule {
  return ({ news }, t) => {
    const n = news[key]
    const norm = t[target]
    if (norm === 0) return result(id, 'none', n, `норма за ${days} дней не задана`)
    const text = `${count(n, NEWS)} за ${days} дней при норме ${norm}`
    if (n >= norm) return result(id, 'green', n, text)
    return result(
      id,
      n === 0 ? 'red' : 'amber',
      n,
      n === 0 ? `нет новостей за ${days} дней при норме ${norm}` : text,
      FIX,
    )
  }
}

export const news7Rule = newsRule('news7', 7, 'last7', 'news7Target')
export const news30Rule = newsRule('news30', 30, 'last30', 'news30Target')
export const news90Rule = newsRule('news90', 90, 'last90', 'news90Target')
