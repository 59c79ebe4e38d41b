/**
 * The search page's script (bundled into /_astro/, no inline code under the CSP). It loads the
 * site's scope file, this host's Pagefind index and the indexes of the hosts its received items
 * come from (same origin, `/_search/<host>/`), and lists only what this site shows: its own
 * org's records and the received items of the scope, each at its address on THIS site.
 */
interface Scope {
  org: string
  origin: string
  indexes: string[]
  items: Record<string, string>
}
interface ResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters?: Record<string, string[] | undefined>
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] }>
}

const MAX_SHOWN = 30
const BATCH = 10

const root = document.querySelector<HTMLElement>('[data-search]')
if (root) void start(root)

async function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  const text = JSON.parse(root.dataset.text ?? '{}') as Record<string, string>
  let engine: Promise<{ pagefind: Pagefind; scope: Scope }> | undefined
  const load = () => (engine ??= open(root.dataset.scope ?? ''))

  const run = async (query: string) => {
    list.replaceChildren()
    if (!query) {
      status.textContent = ''
      return
    }
    status.textContent = text.searching ?? ''
    try {
      const { pagefind, scope } = await load()
      const found = await pagefind.search(query)
      const shown: { data: ResultData; href: string }[] = []
      for (let i = 0; i < found.results.length && shown.length < MAX_SHOWN; i += BATCH) {
        const batch = await Promise.all(found.results.slice(i, i + BATCH).map((r) => r.data()))
        for (const data of batch) {
          const href = localHref(data, scope)
          if (href && shown.length < MAX_SHOWN) shown.push({ data, href })
        }
      }
      list.replaceChildren(...shown.map((r) => resultItem(r.data, r.href, scope, root, text)))
      status.textContent = shown.length
        ? `${text.found ?? ''} ${shown.length}`
        : `${text.nothingBefore ?? ''}${query}${text.nothingAfter ?? ''}`
    } catch (error) {
      console.error('search:', error)
      status.textContent = text.failed ?? ''
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const query = input.value.trim()
    const url = new URL(location.href)
    url.searchParams.set('q', query)
    history.replaceState(null, '', url)
    void run(query)
  })
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? ''
  input.value = query
  if (query) void run(query)
}

async function open(scopeUrl: string) {
  const response = await fetch(scopeUrl)
  if (!response.ok) throw new Error(`scope: ${response.status}`)
  const scope = (await response.json()) as Scope
  const [own, ...others] = scope.indexes
  const pagefind = (await import(/* @vite-ignore */ `${own}pagefind.js`)) as Pagefind
  await pagefind.options({ basePath: own, excerptLength: 24 })
  // An index that is missing (a host not published yet) would fail every search once merged:
  // only the ones present are merged, so it costs its own results, not the search.
  const present = await Promise.all(
    others.map(async (url) => {
      const answer = await fetch(`${url}pagefind-entry.json`, { method: 'HEAD' }).catch(() => null)
      return answer?.ok ? url : null
    }),
  )
  for (const url of present) if (url) await pagefind.mergeIndex(url)
  return { pagefind, scope }
}

/** Where a result lives on this site, or undefined when this site does not show it. */
function localHref(data: ResultData, scope: Scope): string | undefined {
  if (data.filters?.org?.includes(scope.org)) {
    const url = new URL(data.url, location.href)
    return url.origin === scope.origin || url.origin === location.origin
      ? url.pathname + url.hash
      : url.href
  }
  return scope.items[data.url]
}

/** The excerpt as text with Pagefind's <mark>s, never as markup (an inert template parses it). */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template')
  template.innerHTML = excerpt
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '')
    const mark = document.createElement('mark')
    mark.textContent = node.textContent
    return mark
  })
}

function resultItem(
  data: ResultData,
  href: string,
  scope: Scope,
  root: HTMLElement,
  text: Record<string, string>,
) {
  const item = document.createElement('li')
  item.className = 'search-result'
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = href
  link.textContent = data.meta.title ?? data.url
  heading.append(link)
  const meta = document.createElement('p')
  meta.className = 'meta'
  const parts: (string | Node)[] = []
  if (data.meta.date) {
    const time = document.createElement('time')
    time.dateTime = data.meta.date
    time.textContent = new Intl.DateTimeFormat('ru-RU', {
      dateStyle: 'long',
      timeZone: root.dataset.timeZone,
    }).format(new Date(data.meta.date))
    parts.push(time)
  }
  if (data.meta.document) parts.push(text.document ?? '')
  if (!data.filters?.org?.includes(scope.org) && data.meta.source) {
    parts.push(`${text.source ?? ''}: ${data.meta.source}`)
  }
  parts.forEach((part, i) => meta.append(...(i > 0 ? [' · ', part] : [part])))
  const excerpt = document.createElement('p')
  excerpt.className = 'search-excerpt'
  excerpt.append(...excerptNodes(data.excerpt))
  item.append(heading, ...(parts.length ? [meta] : []), excerpt)
  return item
}
