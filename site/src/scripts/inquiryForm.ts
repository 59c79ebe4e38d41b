/**
 * The feedback form with JavaScript (bundled into /_astro/, no inline code under the CSP): the
 * ALTCHA proof of work (self-hosted widget, its workers as same-origin files), checks before
 * sending, a fetch with `Accept: application/json` (no reload: nothing typed is lost), errors
 * next to the fields with the summary focused, and the confirmation page on success. Without
 * JavaScript the same form posts as a plain multipart form (components/InquiryForm.astro).
 */
import 'altcha/external'
import 'altcha/i18n/ru'
import PbkdfWorker from 'altcha/workers/pbkdf2?worker'
import ShaWorker from 'altcha/workers/sha?worker'
import { FEEDBACK_TEXT as T } from '../lib/feedbackText'
import { checkForm, focusFromSummary, showErrors, type FieldErrors } from './inquiryErrors'

for (const name of ['SHA-256', 'SHA-384', 'SHA-512']) {
  $altcha.algorithms.set(name, () => new ShaWorker())
}
for (const name of ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512']) {
  $altcha.algorithms.set(name, () => new PbkdfWorker())
}

interface Answer {
  ok?: boolean
  redirect?: string
  message?: string
  errors?: FieldErrors
}

const form = document.querySelector<HTMLFormElement>('form[data-inquiry-form]')
if (form) start(form)

function start(form: HTMLFormElement): void {
  // Our own checks and messages replace the browser's bubbles (one style, one summary).
  form.noValidate = true
  const widget = form.querySelector('altcha-widget')
  const status = form.querySelector<HTMLElement>('[data-inquiry-status]')
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  form.querySelector('[data-error-summary]')?.addEventListener('click', focusFromSummary)
  let busy = false
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (busy) return
    const errors = checkForm(form)
    if (Object.keys(errors).length > 0) {
      showErrors(form, errors)
      return
    }
    busy = true
    if (button) button.disabled = true
    if (status) status.textContent = T.sending
    void send(form, widget)
      .catch(() => showErrors(form, {}, T.failed))
      .finally(() => {
        busy = false
        if (button) button.disabled = false
        if (status) status.textContent = ''
      })
  })
}

async function send(form: HTMLFormElement, widget: HTMLElementTagNameMap['altcha-widget'] | null) {
  if (widget && String(widget.getState()) !== 'verified') {
    const result = await widget.verify().catch(() => null)
    if (!result || String(widget.getState()) !== 'verified') {
      showErrors(form, { altcha: 'Не удалось пройти проверку «не робот». Попробуйте ещё раз.' })
      return
    }
  }
  const response = await fetch(form.action, {
    method: 'POST',
    body: new FormData(form),
    headers: { Accept: 'application/json' },
    credentials: 'omit',
  })
  const answer = (await response.json().catch(() => ({}))) as Answer
  if (response.ok && answer.ok !== false) {
    window.location.assign(answer.redirect ?? form.dataset.sent ?? '/')
    return
  }
  // Each proof of work is accepted once: the next attempt needs a new one.
  widget?.reset()
  showErrors(form, answer.errors ?? {}, answer.message ?? (answer.errors ? undefined : T.failed))
}
