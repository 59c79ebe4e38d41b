/**
 * Errors of the feedback form, shown the same way the CMS shows them on a page without
 * JavaScript (cms/forms fills the same slots): each next to its field, tied by
 * aria-describedby, and the summary above the form with a link to each field, focused.
 */
export type FieldErrors = Record<string, string>

const slot = (form: HTMLFormElement, name: string) =>
  form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`)

export function clearErrors(form: HTMLFormElement): void {
  for (const p of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    p.textContent = ''
    p.hidden = true
  }
  for (const field of form.querySelectorAll<HTMLElement>('[data-invalid]')) {
    field.removeAttribute('data-invalid')
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid')
  }
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')
  if (summary) summary.hidden = true
}

/**
 * Fills the slots and the summary, then moves focus to the summary (announced by readers).
 * `prefix` is the form's control id prefix: `inquiry-<name>`, `subscribe-<name>`.
 */
export function showErrors(
  form: HTMLFormElement,
  errors: FieldErrors,
  message?: string,
  prefix = 'inquiry',
): void {
  clearErrors(form)
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')
  const list = summary?.querySelector('ul')
  const note = summary?.querySelector<HTMLElement>('[data-summary-message]')
  list?.replaceChildren()
  for (const [name, text] of Object.entries(errors)) {
    const p = slot(form, name)
    if (p) {
      p.textContent = text
      p.hidden = false
    }
    p?.closest('[data-field]')?.setAttribute('data-invalid', '')
    document.getElementById(`${prefix}-${name}`)?.setAttribute('aria-invalid', 'true')
    const link = document.createElement('a')
    link.href = `#${prefix}-${name}`
    link.textContent = text
    const item = document.createElement('li')
    item.append(link)
    list?.append(item)
  }
  if (note) {
    note.textContent = message ?? ''
    note.hidden = !message
  }
  if (summary) {
    summary.hidden = false
    summary.focus()
  }
}

/** A summary link moves focus into its field, not only the scroll position. */
export function focusFromSummary(event: Event): void {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#"]')
  const target = link && document.getElementById(link.hash.slice(1))
  if (!target) return
  event.preventDefault()
  target.focus()
  target.scrollIntoView({ block: 'center' })
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The checks a reader can be told about before sending; the CMS checks everything again. */
export function checkForm(form: HTMLFormElement): FieldErrors {
  const data = new FormData(form)
  const text = (name: string) => String(data.get(name) ?? '').trim()
  const errors: FieldErrors = {}
  if (!text('topic')) errors.topic = 'Выберите тему обращения.'
  const message = text('message')
  if (message.length < 10) errors.message = 'Напишите обращение: не меньше 10 знаков.'
  else if (message.length > 5000) errors.message = 'Обращение длиннее 5000 знаков: сократите его.'
  if (!text('name')) errors.name = 'Укажите, как к вам обращаться.'
  const email = text('email')
  if (!email && !text('phone')) errors.email = 'Укажите электронную почту или телефон.'
  else if (email && !EMAIL.test(email)) errors.email = 'Проверьте адрес электронной почты.'
  const file = data.get('attachment')
  if (file instanceof File && file.size > 5 * 1024 * 1024) {
    errors.attachment = 'Файл больше 5 МБ: приложите файл поменьше.'
  }
  if (data.get('consent') !== 'yes')
    errors.consent =
      'Отметьте согласие на обработку персональных данных: без него обращение не отправить.'
  return errors
}
