import { INDICATOR_IDS, type IndicatorId } from './indicatorTypes'
import { ORG_KINDS, type OrgKind } from '../org/orgKinds'

/** Columns the table sorts by: the org's own ones, the count of problems, each indicator. */
export const VIEW_SORT_KEYS = ['name', 'kind', 'depth', 'problems', ...INDICATOR_IDS] as const
export type ViewSortKey = (typeof VIEW_SORT_KEYS)[number]

/** Which lights count as failing for the `failing` filter: red only, or red and amber. */
export const FAILING_LIGHTS = ['red', 'problem'] as const
export type FailingLight = (typeof FAILING_LIGHTS)[number]

export const PAGE_SIZES = { default: 50, max: 200 }
const MAX_QUERY = 100
const MAX_PAGE = 100_000

/** The current view of the dashboard: the same in the admin page, the JSON and the exports. */
export interface ViewQuery {
  kind?: OrgKind
  parent?: string
  /** An indicator, or `any` (the org fails at least one). */
  failing?: IndicatorId | 'any'
  light: FailingLight
  q?: string
  sort: ViewSortKey
  desc: boolean
  page: number
  limit: number
}

export type ViewQueryResult = { ok: true; query: ViewQuery } | { ok: false; message: string }

const ID = /^(?:\d{1,15}|[0-9a-f]{24})$/i
// Control characters and the invisible bidirectional marks have no place in a name search.
const HOSTILE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/
const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)

function positive(raw: string | null, fallback: number, max: number): number | null {
  if (raw === null || raw === '') return fallback
  if (!/^\d{1,7}$/.test(raw)) return null
  const n = Number(raw)
  return n >= 1 && n <= max ? n : null
}

/**
 * Reads the view's parameters (`kind`, `parent`, `failing`, `light`, `q`, `sort`, `page`,
 * `limit`) from a query string. Anything not understood is refused with a Russian message,
 * never ignored: an export must never silently hold other rows than the admin asked for.
 */
export function parseViewQuery(params: URLSearchParams): ViewQueryResult {
  const get = (name: string): string | null => params.get(name)
  const fail = (message: string): ViewQueryResult => ({ ok: false, message })
  for (const name of ['kind', 'parent', 'failing', 'light', 'q', 'sort', 'page', 'limit'])
    if (params.getAll(name).length > 1) return fail(`Параметр «${name}» указан несколько раз.`)

  const kind = get('kind') || null
  if (kind !== null && !oneOf(ORG_KINDS, kind)) return fail('Неизвестный вид организации.')
  const parent = get('parent') || null
  if (parent !== null && !ID.test(parent)) return fail('Неверный идентификатор организации.')
  const failing = get('failing') || null
  if (failing !== null && failing !== 'any' && !oneOf(INDICATOR_IDS, failing))
    return fail('Неизвестный показатель в фильтре.')
  const light = get('light') || 'problem'
  if (!oneOf(FAILING_LIGHTS, light)) return fail('Фильтр цвета: red или problem.')
  const q = (get('q') ?? '').trim()
  if (q.length > MAX_QUERY) return fail(`Строка поиска длиннее ${MAX_QUERY} знаков.`)
  if (HOSTILE.test(q)) return fail('Строка поиска содержит недопустимые символы.')
  const rawSort = get('sort') || 'name'
  const desc = rawSort.startsWith('-')
  const sort = desc ? rawSort.slice(1) : rawSort
  if (!oneOf(VIEW_SORT_KEYS, sort)) return fail('Нельзя сортировать по этому столбцу.')
  const page = positive(get('page'), 1, MAX_PAGE)
  if (page === null) return fail('Номер страницы — целое число от 1.')
  const limit = positive(get('limit'), PAGE_SIZES.default, PAGE_SIZES.max)
  if (limit === null) return fail(`Размер страницы — от 1 до ${PAGE_SIZES.max}.`)
  return {
    ok: true,
    query: {
      ...(kind ? { kind } : {}),
      ...(parent ? { parent } : {}),
      ...(failing ? { failing } : {}),
      ...(q ? { q } : {}),
      light,
      sort,
      desc,
      page,
      limit,
    },
  }
}

/** The query string of a view (for links: sorting, pages, drill-down, exports). */
export function viewSearch(query: Partial<ViewQuery>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  if (query.kind) params.set('kind', query.kind)
  if (query.parent) params.set('parent', query.parent)
  if (query.failing) params.set('failing', query.failing)
  if (query.failing && query.light && query.light !== 'problem') params.set('light', query.light)
  if (query.q) params.set('q', query.q)
  if (query.sort && (query.sort !== 'name' || query.desc))
    params.set('sort', `${query.desc ? '-' : ''}${query.sort}`)
  if (query.page && query.page > 1) params.set('page', String(query.page))
  if (query.limit && query.limit !== PAGE_SIZES.default) params.set('limit', String(query.limit))
  for (const [k, v] of Object.entries(extra)) params.set(k, v)
  return params.toString()
}
