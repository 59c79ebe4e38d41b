/**
 * The public forms with JavaScript (the feedback form, the subscription form), bundled into
 * /_astro/ (no inline code under the CSP): the ALTCHA proof of work (self-hosted widget, its
 * workers as same-origin files), checks before sending, a fetch with `Accept: application/json`
 * (no reload: nothing typed is lost), errors next to the fields with the summary focused, and the
 * form's confirmation page on success. Without JavaScript each form posts as a plain form.
 */
import 'altcha/external'
import 'altcha/i18n/ru'
import PbkdfWorker from 'altcha/workers/pbkdf2?worker'
import ShaWorker from 'altcha/workers/sha?worker'
import { focusFromSummary, showErrors, type FieldErrors } from './inquiryErrors'

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

/** What differs between the forms: the id prefix, the checks, the words. */
export interface FormBehaviour {
  /** Control ids are `<prefix>-<name>`. */
  prefix: string
  check(form: HTMLFormElement): FieldErrors
  text: { sending: string; failed: string; robotFailed: string }
  /** The request body: multipart (a file) or urlencoded. */
  body?(form: HTMLFormElement): BodyInit
}

export function startForm(form: HTMLFormElement, behaviour: FormBehaviour): void {
  // Our own checks and messages replace the browser's bubbles (one style, one summary).
  form.noValidate = true
  const widget = form.querySelector('altcha-widget')
  const status = form.querySelector<HTMLElement>('[data-form-status], [data-inquiry-status]')
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  form.querySelector('[data-error-summary]')?.addEventListener('click', focusFromSummary)
  let busy = false
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (busy) return
    const errors = behaviour.check(form)
    if (Object.keys(errors).length > 0) {
      showErrors(form, errors, undefined, behaviour.prefix)
      return
    }
    busy = true
    if (button) button.disabled = true
    if (status) status.textContent = behaviour.text.sending
    void send(form, widget, behaviour)
      .catch(() => showErrors(form, {}, behaviour.text.failed, behaviour.prefix))
      .finally(() => {
        busy = false
        if (button) button.disabled = false
        if (status) status.textContent = ''
      })
  })
}

async function send(
  form: HTMLFormElement,
  widget: HTMLElementTagNameMap['altcha-widget'] | null,
  behaviour: FormBehaviour,
) {
  const { prefix, text } = behaviour
  if (widget && String(widget.getState()) !== 'verified') {
    const result = await widget.verify().catch(() => null)
    if (!result || String(widget.getState()) !== 'verified') {
      showErrors(form, { altcha: text.robotFailed }, undefined, prefix)
      return
    }
  }
  const response = await fetch(form.action, {
    method: 'POST',
    body: behaviour.body ? behaviour.body(form) : new FormData(form),
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
  const message = answer.message ?? (answer.errors ? undefined : text.failed)
  showErrors(form, answer.errors ?? {}, message, prefix)
}
