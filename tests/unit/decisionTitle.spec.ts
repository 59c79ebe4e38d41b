import { describe, expect, it } from 'vitest'
import { decisionTitle } from '../../domain/syndication/decisionTitle'

describe('the title of a feed decision', () => {
  it('says in Russian what was decided about which item', () => {
    expect(decisionTitle('hide', 'Итоги конференции')).toBe('Скрыт: Итоги конференции')
    expect(decisionTitle('pin', ' Итоги конференции ')).toBe('Закреплён: Итоги конференции')
    expect(decisionTitle('accept', 'Итоги конференции')).toBe('Принят: Итоги конференции')
  })

  it('says what was decided when the item has no title', () => {
    expect(decisionTitle('hide', null)).toBe('Материал скрыт')
    expect(decisionTitle('pin', '')).toBe('Материал закреплён')
  })

  it('shortens a long title with an ellipsis', () => {
    const title = decisionTitle('pin', 'Очень длинный заголовок '.repeat(20))
    expect(title).toHaveLength(160)
    expect(title.endsWith('…')).toBe(true)
  })
})
