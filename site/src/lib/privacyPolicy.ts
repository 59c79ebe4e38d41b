/**
 * The personal-data policy page's text: the org's own (snapshot `privacyPolicy`) or, when it has
 * none, a default generated from its name and contacts, so that the form's consent always links to
 * a policy naming the real operator. Pure: unit-tested in tests/site/privacyPolicy.spec.ts.
 */
export interface PolicySection {
  heading?: string
  paragraphs: string[]
}

export interface PolicyOrg {
  name: string
  contacts: { address?: string; email?: string; phone?: string }
}

/** The editor's text: paragraphs split by blank lines, single line breaks kept as spaces. */
export function policyFromText(text: string): PolicySection[] {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p !== '')
  return paragraphs.length > 0 ? [{ paragraphs }] : []
}

/** A default policy naming the org as the operator (152-ФЗ art. 18.1: it must be published). */
export function defaultPrivacyPolicy(org: PolicyOrg): PolicySection[] {
  const { address, email, phone } = org.contacts
  const reach = [
    address && `адрес: ${address}`,
    email && `электронная почта: ${email}`,
    phone && `телефон: ${phone}`,
  ].filter(Boolean)
  return [
    {
      heading: 'Оператор',
      paragraphs: [
        `Оператор персональных данных — ${org.name}.`,
        reach.length > 0
          ? `Контакты оператора: ${reach.join('; ')}.`
          : 'Контакты оператора указаны в разделе «Контакты» этого сайта.',
      ],
    },
    {
      heading: 'Какие данные и зачем',
      paragraphs: [
        'Через форму «Задать вопрос» оператор получает имя, адрес электронной почты и (или) номер телефона, место работы, текст обращения и приложенный файл — только то, что вы сами указали.',
        'Эти данные обрабатываются с единственной целью: рассмотреть ваше обращение и ответить на него, в том числе передать его вышестоящей профсоюзной организации, если вопрос в её ведении.',
        'Основание обработки — ваше согласие, которое вы даёте, отмечая соответствующее поле формы (Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»).',
      ],
    },
    {
      // The subscription form's consent links here too (issue 17): its purpose must be named.
      heading: 'Подписка на новости',
      paragraphs: [
        'Если вы подписались на новости через форму «Подписаться», оператор хранит адрес электронной почты и выбранный вид рассылки (каждая новость или еженедельный дайджест) только для того, чтобы присылать новости этого сайта. Первое письмо — просьба подтвердить подписку: без подтверждения писем не будет.',
        'Отписаться можно по ссылке в любом письме, без входа на сайт: письма перестают приходить сразу. По вашей просьбе оператор удаляет адрес полностью.',
      ],
    },
    {
      heading: 'Хранение и защита',
      paragraphs: [
        'Обращение доступно только тем работникам профсоюзной организации, которые ведут работу с обращениями. Данные обращений не передаются третьим лицам и не используются для рассылок.',
        'После закрытия обращения данные хранятся не дольше срока, установленного профсоюзной организацией (обычно один год), и затем удаляются.',
      ],
    },
    {
      heading: 'Ваши права',
      paragraphs: [
        'Вы вправе узнать, какие ваши данные обрабатываются, потребовать их уточнения или удаления и отозвать согласие, написав оператору по контактам выше. После отзыва согласия обращение и данные удаляются, если их хранение не требуется по закону.',
        'Вы также вправе обжаловать действия оператора в Роскомнадзоре или в суде.',
      ],
    },
  ]
}

/** The page's sections: the org's own text when it has one, else the default. */
export function privacyPolicyOf(org: PolicyOrg, ownText: string | undefined): PolicySection[] {
  const own = ownText ? policyFromText(ownText) : []
  return own.length > 0 ? own : defaultPrivacyPolicy(org)
}
