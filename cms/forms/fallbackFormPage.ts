import type { FormErrors } from './fillFormPage'
import type { FormSite } from './orgOnHost'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The answer when the site has no published form page to fill (or the org did not check out):
 * a minimal Russian page with the problems and the way back. Everything in it is escaped.
 */
export function fallbackFormPage(
  site: FormSite | null,
  message: string,
  errors: FormErrors,
): string {
  const back = `${site?.basePath ?? ''}/feedback/`
  const title = site ? `Обращение не отправлено — ${site.org.name}` : 'Обращение не отправлено'
  const items = Object.values(errors)
    .filter((e): e is string => Boolean(e))
    .map((e) => `<li>${escapeHtml(e)}</li>`)
    .join('')
  return `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${items ? `<ul>${items}</ul>` : ''}
<p><a href="${escapeHtml(back)}">Вернуться к форме</a></p>
</main>
</body>
</html>
`
}
