/**
 * The subscription form with JavaScript: the shared form behaviour (scripts/formSubmit.ts) with
 * the subscription's checks and words, sent urlencoded like the form without JavaScript.
 */
import { SUBSCRIBE_TEXT as T } from '../lib/subscribeText'
import { startForm } from './formSubmit'
import type { FieldErrors } from './inquiryErrors'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The checks a reader can be told about before sending; the CMS checks everything again. */
export function checkSubscribeForm(form: HTMLFormElement): FieldErrors {
  const data = new FormData(form)
  const email = String(data.get('email') ?? '').trim()
  const errors: FieldErrors = {}
  if (!email) errors.email = T.noEmail
  else if (!EMAIL.test(email)) errors.email = T.badEmail
  if (!['every', 'weekly'].includes(String(data.get('mode') ?? ''))) errors.mode = T.noMode
  if (data.get('consent') !== 'yes') errors.consent = T.noConsent
  return errors
}

const form = document.querySelector<HTMLFormElement>('form[data-subscribe-form]')
if (form)
  startForm(form, {
    prefix: 'subscribe',
    check: checkSubscribeForm,
    text: { sending: T.sending, failed: T.failed, robotFailed: T.robotFailed },
    body: (f) =>
      new URLSearchParams(
        [...new FormData(f)].filter((e): e is [string, string] => typeof e[1] === 'string'),
      ),
  })
