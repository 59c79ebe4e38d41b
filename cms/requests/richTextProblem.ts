const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Deeper than any real document; a bound keeps hostile nesting from exhausting the stack. */
const MAX_NESTING = 64

/**
 * What is wrong with a rich-text (Lexical) value sent from outside, in Russian, or undefined.
 * Lexical's own hooks walk the tree assuming every node is an object and throw a TypeError (a
 * 500) otherwise; and every saved body is kept in up to 30 versions, so its size is bounded.
 */
export function richTextProblem(value: unknown, maxBytes: number): string | undefined {
  if (value === null || value === undefined) return undefined
  if (!isObject(value) || !isObject(value.root))
    return 'Текст должен быть документом редактора (объект с полем root).'
  const bytes = Buffer.byteLength(JSON.stringify(value))
  if (bytes > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace('.', ',')
    return `Текст слишком большой: ${mb(bytes)} МБ, допустимо не более ${mb(maxBytes)} МБ. Разделите материал на части, а файлы загрузите в «Документы».`
  }
  const stack: { node: unknown; depth: number }[] = [{ node: value.root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (!isObject(node) || typeof node.type !== 'string')
      return 'Текст повреждён: каждый элемент документа должен быть объектом с полем type.'
    if (depth > MAX_NESTING) return 'Текст повреждён: слишком глубокая вложенность элементов.'
    if (node.children === undefined) continue
    if (!Array.isArray(node.children))
      return 'Текст повреждён: поле children элемента должно быть списком.'
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
  return undefined
}
