import { describe, expect, it } from 'vitest'
import { foreignWords } from '../e2e/helpers/foreignWords'

describe('what on an admin screen is not Russian', () => {
  it('finds English words and broken templates', () => {
    expect(foreignWords('Создать новый [object Object] — From Lineage, {{label}}')).toEqual([
      'From',
      'Lineage',
      '[object Object]',
      'label',
      '{{',
      '}}',
    ])
  })

  it('leaves addresses, e-mails, hosts and names spelled in Latin in Russian too', () => {
    expect(
      foreignWords(
        'Сайт kuzbass.mfp.localhost:4321/news/, корневой localhost и localhost:4321/, почта press@fnpr.demo, https://vk.com/x; выгрузка в XLSX и CSV, канал в Telegram, QR-код, файл image/jpeg и application/pdf',
      ),
    ).toEqual([])
  })
})
