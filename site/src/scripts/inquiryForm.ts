/**
 * The feedback form with JavaScript: the shared form behaviour (scripts/formSubmit.ts) with the
 * feedback form's checks and words. Without JavaScript the same form posts as a plain multipart
 * form (components/InquiryForm.astro).
 */
import { FEEDBACK_TEXT as T } from '../lib/feedbackText'
import { startForm } from './formSubmit'
import { checkForm } from './inquiryErrors'

const form = document.querySelector<HTMLFormElement>('form[data-inquiry-form]')
if (form)
  startForm(form, {
    prefix: 'inquiry',
    check: checkForm,
    text: {
      sending: T.sending,
      failed: T.failed,
      robotFailed: 'Не удалось пройти проверку «не робот». Попробуйте ещё раз.',
    },
  })
