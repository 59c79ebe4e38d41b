import { describe, expect, it } from 'vitest'
import { rubricSlugClash } from '../../domain/rubrics/rubricSlugClash'

describe('rubric slugs: unique per org and against the shared rubrics', () => {
  const ownOfA = { title: 'Новости ППО', org: 1 }
  const ownOfB = { title: 'Новости ППО Б', org: 2, orgName: 'ППО Б' }
  const shared = { title: 'Новости', org: null }

  it('lets two orgs have the same slug, and a slug nobody has', () => {
    expect(rubricSlugClash('novosti-ppo', 1, [ownOfB])).toBeNull()
    expect(rubricSlugClash('novosti-ppo', 1, [])).toBeNull()
    expect(rubricSlugClash('novosti-ppo', null, [])).toBeNull()
  })

  it('refuses a second rubric of the same org, numeric and text ids alike', () => {
    expect(rubricSlugClash('novosti-ppo', '1', [ownOfB, ownOfA])).toBe(
      'У этой организации уже есть рубрика с адресом «novosti-ppo» — «Новости ППО». Выберите другой адрес.',
    )
  })

  it('refuses an org’s rubric on a shared rubric’s slug (one site would list both)', () => {
    expect(rubricSlugClash('novosti', 1, [shared])).toMatch(
      /^Адрес «novosti» занят общей рубрикой сети «Новости»: на сайте организации они совпали бы/,
    )
  })

  it('refuses a shared rubric on a shared or any org’s slug, naming the org', () => {
    expect(rubricSlugClash('novosti', null, [shared])).toBe(
      'Общая рубрика с адресом «novosti» уже есть — «Новости». Выберите другой адрес.',
    )
    expect(rubricSlugClash('novosti-ppo', null, [ownOfB])).toBe(
      'Адрес «novosti-ppo» уже занят рубрикой «Новости ППО Б» организации «ППО Б»: общая рубрика совпала бы с ней на её сайте. Выберите другой адрес.',
    )
    expect(rubricSlugClash('novosti-ppo', null, [{ title: 'Х', org: 3 }])).toMatch(
      /рубрикой «Х» одной из организаций:/,
    )
  })
})
