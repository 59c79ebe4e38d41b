import { result, type Rule } from './ruleTypes'

/**
 * The feedback form is in place: every published site (and section) has «Задать вопрос», and the
 * org's editors are told of new inquiries; a contact e-mail lets members write without the form.
 */
export const feedbackFormRule: Rule = ({ site, contacts }) => {
  if (!site.published)
    return result(
      'feedbackForm',
      'red',
      false,
      'форма обратной связи недоступна: сайт не опубликован',
      'Опубликуйте сайт: форма «Задать вопрос» появится на нём сама.',
    )
  if (!contacts.email)
    return result(
      'feedbackForm',
      'amber',
      true,
      'форма работает, но в контактах нет электронной почты',
      'Укажите электронную почту в контактах организации.',
    )
  return result('feedbackForm', 'green', true, 'форма «Задать вопрос» работает')
}
