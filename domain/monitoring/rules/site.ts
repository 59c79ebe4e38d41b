import { result, type Rule } from './ruleTypes'

/**
 * A site or a section exists and is published. Over `siteRequiredOver` members the documents
 * require a site of the org's own (000/001: «при численности свыше 5000 … сайт»); below it a
 * section on the parent's site is enough.
 */
export const siteRule: Rule = ({ site, memberCount }, t) => {
  if (!site.published)
    return result(
      'site',
      'red',
      false,
      site.mode === 'section'
        ? 'раздел организации не опубликован: сайт вышестоящей организации не работает'
        : 'сайт не опубликован',
      'Заполните сведения об организации и дождитесь публикации сайта (раздел «Публикация сайтов»).',
    )
  if (site.mode === 'section' && memberCount !== null && memberCount > t.siteRequiredOver)
    return result(
      'site',
      'amber',
      true,
      `только раздел на сайте вышестоящей организации при ${memberCount} членах профсоюза; свой сайт обязателен свыше ${t.siteRequiredOver}`,
      'Переведите организацию на свой сайт: «Размещение сайта» → «Свой поддомен в сети».',
    )
  return result(
    'site',
    'green',
    true,
    site.mode === 'section' ? 'раздел на сайте вышестоящей опубликован' : 'сайт опубликован',
  )
}
