/**
 * The few pages the preview server writes itself (everything else is a built file). They are
 * shown to people, so they are in Russian; they are small, valid HTML.
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
    '<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>',
    '</head>',
    '<body>',
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
 * For a Host the output has no site for: names the host and links every site that is there
 * (sections too), on the port the visitor used.
 */
export function unknownHostPage(
  host: string | undefined,
  sites: ReadonlyMap<string, readonly string[]>,
  port: string | undefined,
): string {
  const origin = (name: string) => `http://${name}${port ? `:${port}` : ''}`
  const links = [...sites].flatMap(([name, sections]) => [
    `<li><a href="${escapeHtml(origin(name))}/">${escapeHtml(name)}</a></li>`,
    ...sections.map((slug) => {
      const href = `${origin(name)}/org/${slug}/`
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(`${name}/org/${slug}/`)}</a></li>`
    }),
  ])
  const asked = host ? `<code>${escapeHtml(host)}</code>` : 'без заголовка Host'
  const list =
    links.length > 0
      ? `<p>Сайты на этом сервере:</p>\n<ul>\n${links.join('\n')}\n</ul>`
      : '<p>Здесь пока нет ни одного собранного сайта: соберите их командой <code>npm run build:sites</code>.</p>'
  return page('Сайт не найден', `<p>На этом сервере нет сайта для адреса ${asked}.</p>\n${list}`)
}

/** When a site has no 404 page of its own (a build without one, or a foreign folder). */
export function plainNotFoundPage(): string {
  return page('Страница не найдена', '<p>Такой страницы на сайте нет.</p>')
}

/** For a request nginx would refuse too: a malformed address or one leaving the site's folder. */
export function badRequestPage(): string {
  return page('Неверный запрос', '<p>Адрес страницы записан с ошибкой.</p>')
}
