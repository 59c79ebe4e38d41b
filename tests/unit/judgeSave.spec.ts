import { describe, expect, it } from 'vitest'
import { judgeSave } from '../../domain/concurrency/judgeSave'
import { moscowTime, staleSaveMessage } from '../../cms/concurrency/staleSaveMessage'
import { toleratesOwnAutosave } from '../../cms/concurrency/toleratesOwnAutosave'

const READ = '2026-12-06T06:00:00.123Z'

describe('judgeSave', () => {
  it('a save without a version keeps last-write-wins', () => {
    for (const sent of [undefined, null, '']) expect(judgeSave(sent, READ)).toBe('unversioned')
  })

  it('the version read is current; any other instant, later ones too, is stale', () => {
    expect(judgeSave(READ, READ)).toBe('current')
    expect(judgeSave(new Date(READ), READ)).toBe('current')
    // The same instant written differently (PostgreSQL returns an offset) is the same version.
    expect(judgeSave('2026-12-06T09:00:00.123+03:00', READ)).toBe('current')
    expect(judgeSave('2026-12-06T06:00:00.122Z', READ)).toBe('stale')
    expect(judgeSave('2026-12-06T06:00:00.124Z', READ)).toBe('stale')
  })

  it('a version that is not a date is the caller’s mistake', () => {
    for (const sent of ['вчера', 42, {}, [], true]) expect(judgeSave(sent, READ)).toBe('invalid')
  })

  it('a document without a version has nothing to compare', () => {
    expect(judgeSave(READ, undefined)).toBe('unversioned')
    expect(judgeSave(READ, 'not a date')).toBe('unversioned')
  })
})

describe('staleSaveMessage', () => {
  const at = new Date('2026-12-06T06:31:15.000Z')

  it('names who saved and when, in Moscow time, and says what to do', () => {
    expect(moscowTime(at)).toBe('06.12.2026 в 09:31:15 (МСК)')
    expect(staleSaveMessage({ kind: 'other', name: 'Анна Смирнова' }, at)).toBe(
      'Документ изменён другим пользователем после того, как вы его открыли: его сохранил(а) ' +
        'Анна Смирнова 06.12.2026 в 09:31:15 (МСК). Ваши правки не сохранены — иначе они ' +
        'затёрли бы чужие. Обновите страницу и внесите правки заново.',
    )
  })

  it('has no comma after its first colon: the admin’s toast would split it into a list there', () => {
    for (const editor of [{ kind: 'self' }, { kind: 'unknown' }] as const) {
      const message = staleSaveMessage(editor, at)
      expect(message.slice(message.indexOf(':') + 1)).not.toContain(',')
    }
    const named = staleSaveMessage({ kind: 'other', name: 'Анна Смирнова' }, at)
    expect(named.slice(named.indexOf(':') + 1)).not.toContain(',')
  })

  it('tells an editor who saved in another tab that it was them', () => {
    expect(staleSaveMessage({ kind: 'self' }, at)).toMatch(
      /^Документ изменён после того, как вы его открыли: его сохранили вы сами — в другой вкладке или окне 06\.12\.2026/,
    )
  })

  it('without a known editor or time still refuses in full sentences', () => {
    expect(staleSaveMessage({ kind: 'unknown' }, null)).toMatch(
      /^Документ изменён другим пользователем после того, как вы его открыли: его сохранил другой пользователь\. .*Обновите страницу и внесите правки заново\.$/,
    )
  })
})

describe('toleratesOwnAutosave', () => {
  it('lets an own autosave pass only where drafts autosave', () => {
    expect(toleratesOwnAutosave(true, true)).toBe(true)
    expect(toleratesOwnAutosave(true, false)).toBe(false)
    expect(toleratesOwnAutosave(false, true)).toBe(false)
    expect(toleratesOwnAutosave(false, false)).toBe(false)
  })
})
