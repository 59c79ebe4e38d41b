/**
 * The few pages the servers write themselves (everything else is a built file): the preview
 * server sends them, and the nginx config carries the same bytes (nginxServer.ts). They are
 * shown to people, so they are in Russian; they are small, valid HTML, and they echo nothing
 * from the request. Their style is an attribute, which the sites' CSP allows (no <style>).
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  )

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body style="font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/**
 * For a Host the output has no site for. It names no other site: a list of every host of the
 * platform would hand a prober the whole federation (including sites not yet linked anywhere).
 */
export function unknownHostPage(): string {
  return page('Сайт не найден', '<p>По этому адресу сайта нет. Проверьте адрес.</p>')
}

/** When a site has no 404 page of its own (a build without one, or a foreign folder). */
export function plainNotFoundPage(): string {
  return page('Страница не найдена', '<p>Такой страницы на сайте нет.</p>')
}

/** For a request nginx would refuse too: a malformed address or one leaving the site's folder. */
export function badRequestPage(): string {
  return page('Неверный запрос', '<p>Адрес страницы записан с ошибкой.</p>')
}

/** The CMS behind `/_forms/` did not answer (down, restarting, not configured). */
export function formsUnavailablePage(): string {
  return page(
    'Сервис обращений недоступен',
    '<p>Обращение не отправлено: сервис приёма обращений временно не отвечает. Попробуйте ещё раз через несколько минут или свяжитесь с организацией по телефону или электронной почте, указанным на сайте.</p>',
  )
}

/** A form post over the forwarding's body limit (the 5 MB attachment and the text). */
export function formTooLargePage(): string {
  return page(
    'Слишком большой запрос',
    '<p>Обращение не отправлено: приложенный файл или текст больше допустимого. Приложите файл не больше 5 МБ и отправьте ещё раз.</p>',
  )
}
