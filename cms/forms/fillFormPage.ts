import {
  ELEMENT_NODE,
  TEXT_NODE,
  parse,
  renderSync,
  walkSync,
  type ElementNode,
  type Node,
} from 'ultrahtml'

export type FormValues = Partial<Record<string, string>>
export type FormErrors = Partial<Record<string, string>>

/** ultrahtml renders attribute values and text as given: what we put in is escaped here. */
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;')

/** Never put back: the file (a browser cannot take it back), the proof of work and the honeypot. */
const NOT_PUT_BACK = new Set(['attachment', 'altcha', 'website'])

const textNode = (text: string, parent: Node): Node =>
  ({ type: TEXT_NODE, value: escapeText(text), parent }) as unknown as Node

function element(name: string, attributes: Record<string, string>, parent: Node): ElementNode {
  return { type: ELEMENT_NODE, name, attributes, children: [], parent } as unknown as ElementNode
}

function fillControl(node: ElementNode, values: FormValues) {
  const name = node.attributes.name
  if (!name || NOT_PUT_BACK.has(name) || node.attributes.type === 'hidden') return
  const value = values[name]
  if (node.name === 'textarea') {
    node.children = value ? [textNode(value, node)] : []
  } else if (node.name === 'select') {
    walkSync(node, (option) => {
      if (option.type !== ELEMENT_NODE || option.name !== 'option') return
      if (value !== undefined && option.attributes.value === value) option.attributes.selected = ''
      else delete option.attributes.selected
    })
  } else if (node.name === 'input') {
    const type = (node.attributes.type ?? 'text').toLowerCase()
    if (type === 'file' || type === 'submit' || type === 'button') return
    if (type === 'checkbox' || type === 'radio') {
      if (value !== undefined && (node.attributes.value ?? 'on') === value)
        node.attributes.checked = ''
      else delete node.attributes.checked
    } else if (value !== undefined) node.attributes.value = escapeAttribute(value)
    else delete node.attributes.value
  }
}

function fillSummary(
  node: ElementNode,
  errors: [string, string][],
  ids: Set<string>,
  message: string | undefined,
  form: string,
) {
  if (errors.length === 0 && !message) return
  delete node.attributes.hidden
  let slot = false
  walkSync(node, (child) => {
    if (child.type !== ELEMENT_NODE || !('data-summary-message' in child.attributes)) return
    slot = true
    if (!message) return
    delete child.attributes.hidden
    child.children = [textNode(message, child)]
  })
  const items: [string | null, string][] = errors.map(([field, text]) => [
    ids.has(`${form}-${field}`) ? `${form}-${field}` : null,
    text,
  ])
  if (message && !slot) items.unshift([null, message])
  walkSync(node, (list) => {
    if (list.type !== ELEMENT_NODE || list.name !== 'ul') return
    list.children = items.map(([id, text]) => {
      const item = element('li', {}, list)
      if (!id) {
        item.children = [textNode(text, item)]
        return item
      }
      const link = element('a', { href: `#${escapeAttribute(id)}` }, item)
      link.children = [textNode(text, link)]
      item.children = [link]
      return item
    })
  })
}

/**
 * The site's own published form page with what the reader typed put back and the errors shown
 * (the form contract): each control's value, checked box or selected option; the text of
 * `[data-error-for=<name>]`, unhidden; `aria-invalid` on the control; the summary
 * `[data-error-summary]` unhidden with a link per error (plain text for a problem with no control)
 * and `message` in its `[data-summary-message]`. Everything put in is escaped, and a
 * file is never put back. Pure: the endpoint reads the page, this fills it. `form` names the form
 * (`<form data-<form>-form>`, control ids `<form>-<field>`): the feedback form's `inquiry`, the
 * subscription form's `subscribe`.
 */
export function fillFormPage(
  html: string,
  values: FormValues,
  errors: FormErrors,
  message?: string,
  form = 'inquiry',
): string {
  const doc = parse(html)
  const problems = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]))
  const summaries: ElementNode[] = []
  const ids = new Set<string>()
  const forms: ElementNode[] = []
  walkSync(doc, (node) => {
    if (node.type !== ELEMENT_NODE) return
    const el = node as ElementNode
    if (el.attributes.id) ids.add(el.attributes.id)
    if ('data-error-summary' in el.attributes) summaries.push(el)
    if (el.name === 'form' && `data-${form}-form` in el.attributes) forms.push(el)
  })
  // Only the inquiry form's own controls: the page has others (the accessibility panel's radios).
  for (const formNode of forms)
    walkSync(formNode, (node) => {
      if (node.type !== ELEMENT_NODE) return
      const el = node as ElementNode
      if (['input', 'textarea', 'select'].includes(el.name)) {
        fillControl(el, values)
        const name = el.attributes.name
        if (name && errors[name]) el.attributes['aria-invalid'] = 'true'
        else delete el.attributes['aria-invalid']
      }
      const field = el.attributes['data-error-for']
      if (field === undefined) return
      const message = errors[field]
      if (message) {
        delete el.attributes.hidden
        el.children = [textNode(message, el)]
      } else {
        el.attributes.hidden = ''
        el.children = []
      }
    })
  for (const summary of summaries) fillSummary(summary, problems, ids, message, form)
  return renderSync(doc)
}
