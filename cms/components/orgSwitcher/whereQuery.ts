/**
 * A `where` as the REST API's query string (`where[or][0][name][like]=…`), the bracket form
 * Payload parses; the browser has no qs library of the project's own to do it.
 */
export function whereQuery(where: object, prefix = 'where'): URLSearchParams {
  const params = new URLSearchParams()
  const append = (key: string, value: unknown) => {
    if (value !== null && typeof value === 'object')
      for (const [inner, v] of Object.entries(value)) append(`${key}[${inner}]`, v)
    else params.append(key, String(value))
  }
  append(prefix, where)
  return params
}
