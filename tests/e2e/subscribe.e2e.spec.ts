import { expect, test } from '@playwright/test'
import { subscriptionPage } from '../../cms/subscriptions/subscriptionPage'
import { axeViolations } from './helpers/axe'
import { demo } from './helpers/demo'

/**
 * The e-mail subscription (issue 17) in Chromium: axe on the form and its «check your mail» page
 * of a demo site, the footer's «Подписаться» link and the consent's link to the policy; and axe
 * on the page the CMS answers on the links in the mail (preferences, confirm) — that page is
 * the CMS's own HTML (cms/subscriptions/subscriptionPage.ts), loaded here as it is served.
 */
const HOST = 'shkola-1234.localhost'

test('the form and the «check your mail» page: 0 axe violations; the footer links to the form', async ({
  page,
}) => {
  await page.goto(demo.url(HOST, '/'))
  await page.getByRole('contentinfo').getByRole('link', { name: 'Подписаться' }).click()
  await expect(page).toHaveURL(demo.url(HOST, '/subscribe/'))
  expect(await axeViolations(page), '/subscribe/').toEqual([])
  await expect(page.getByLabel('Электронная почта')).toBeVisible()
  await expect(page.getByRole('radio', { name: /Каждую новость/ })).toBeChecked()
  await expect(page.getByRole('radio', { name: /Еженедельный дайджест/ })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /152-ФЗ/ })).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'политикой обработки персональных данных' }),
  ).toHaveAttribute('href', '/privacy/')
  await page.goto(demo.url(HOST, '/subscribe/sent/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Проверьте почту')
  expect(await axeViolations(page), '/subscribe/sent/').toEqual([])
})

test('an empty submit with JavaScript: the error summary, focused, naming the fields', async ({
  page,
}) => {
  await page.goto(demo.url(HOST, '/subscribe/'))
  await page.getByRole('button', { name: 'Подписаться' }).click()
  const summary = page.locator('[data-error-summary]')
  await expect(summary).toBeVisible()
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /Укажите адрес/ })).toHaveAttribute(
    'href',
    '#subscribe-email',
  )
  await expect(page.locator('#subscribe-email')).toHaveAttribute('aria-invalid', 'true')
  expect(await axeViolations(page), 'with errors').toEqual([])
})

test('the preferences and confirm pages the CMS answers: 0 axe violations', async ({ page }) => {
  const token = 'A'.repeat(43)
  const preferences = subscriptionPage({
    title: 'Настройки подписки',
    siteName: 'ППО школы № 1234',
    accent: '#1a4f8b',
    base: '',
    paragraphs: ['Настройки сохранены.', 'Адрес: a***@example.ru.'],
    buttons: [
      {
        action: '/_forms/preferences',
        label: 'Сохранить',
        hidden: { token, action: 'save' },
        choice: {
          name: 'mode',
          legend: 'Что присылать',
          value: 'weekly',
          options: [
            { value: 'every', label: 'Каждая новость' },
            { value: 'weekly', label: 'Еженедельный дайджест' },
          ],
        },
      },
      {
        action: '/_forms/preferences',
        label: 'Отписаться от всех писем сайта',
        hidden: { token, action: 'unsubscribe' },
      },
    ],
  })
  await page.setContent(preferences)
  await expect(page.getByRole('radio', { name: 'Еженедельный дайджест' })).toBeChecked()
  expect(await axeViolations(page), 'preferences').toEqual([])
  await page.setContent(
    subscriptionPage({
      title: 'Подтвердите подписку',
      siteName: 'ППО школы № 1234',
      base: '/org/solnyshko',
      paragraphs: ['Нажмите кнопку, чтобы получать письма с новостями сайта на этот адрес.'],
      buttons: [
        {
          action: '/org/solnyshko/_forms/confirm',
          label: 'Подтвердить подписку',
          hidden: { token },
        },
      ],
    }),
  )
  expect(await axeViolations(page), 'confirm').toEqual([])
})
