import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '../../domain/contract/snapshot'
import { planPages } from '../../site/src/data/pagePlan'
import { toSiteData } from '../../site/src/data/site'
import {
  defaultPrivacyPolicy,
  policyFromText,
  privacyPolicyOf,
} from '../../site/src/lib/privacyPolicy'
import { fixtureJson, snapshotProblems } from './fixtures'

const org = {
  name: 'Первичная профсоюзная организация шахты «Заречная»',
  contacts: { address: 'г. Полысаево, ул. Шахтёрская, 1', email: 'ppo@example.ru' },
}

describe('the personal-data policy text (lib/privacyPolicy.ts)', () => {
  it('the default names the org as operator, its address and e-mail, purposes, retention, rights', () => {
    const text = defaultPrivacyPolicy(org)
      .flatMap((s) => [s.heading ?? '', ...s.paragraphs])
      .join('\n')
    expect(text).toContain(`Оператор персональных данных — ${org.name}.`)
    expect(text).toContain(
      'адрес: г. Полысаево, ул. Шахтёрская, 1; электронная почта: ppo@example.ru',
    )
    expect(text).toMatch(/с единственной целью: рассмотреть ваше обращение/)
    expect(text).toMatch(/152-ФЗ/)
    expect(text).toMatch(/хранятся не дольше срока/)
    expect(text).toMatch(/отозвать согласие/)
  })

  it('without contacts it points to the contacts page instead of inventing any', () => {
    const text = defaultPrivacyPolicy({ name: 'ППО', contacts: {} })[0]!.paragraphs.join(' ')
    expect(text).toContain('указаны в разделе «Контакты»')
  })

  it("the org's own text wins: paragraphs by blank lines; blank text falls back to the default", () => {
    expect(policyFromText('Первый абзац\nпродолжение.\n\n\nВторой.')).toEqual([
      { paragraphs: ['Первый абзац продолжение.', 'Второй.'] },
    ])
    expect(privacyPolicyOf(org, 'Своя политика.')).toEqual([{ paragraphs: ['Своя политика.'] }])
    expect(privacyPolicyOf(org, '  \n\n ')).toEqual(defaultPrivacyPolicy(org))
    expect(privacyPolicyOf(org, undefined)).toEqual(defaultPrivacyPolicy(org))
  })

  it('the snapshot carries the text optionally (old snapshots stay valid), bounded', () => {
    expect(snapshotProblems(fixtureJson('ppo-zarechnaya'))).toBe('')
    const json = fixtureJson('ppo-zarechnaya')
    json.privacyPolicy = 'x'.repeat(100_001)
    expect(snapshotProblems(json)).toMatch(/privacyPolicy/)
  })
})

function changedFiles(edit: (json: Record<string, any>) => void): string[] {
  const keys = (json: Record<string, any>) =>
    new Map(
      planPages([toSiteData(parseSnapshot(json, 'zarechnaya.json'), 'zarechnaya.json')]).map(
        (p) => [p.file, p.key],
      ),
    )
  const before = keys(fixtureJson('ppo-zarechnaya'))
  const json = fixtureJson('ppo-zarechnaya')
  edit(json)
  const after = keys(json)
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((file) => before.get(file) !== after.get(file))
    .sort()
}

describe('page keys of the feedback pages (incremental publishing)', () => {
  it('every site plans the form, the confirmation and the policy', () => {
    const files = planPages([
      toSiteData(parseSnapshot(fixtureJson('ppo-severny'), 's.json'), 's.json'),
    ]).map((p) => p.file)
    expect(files).toContain('ugleprof.localhost/org/severny/feedback/index.html')
    expect(files).toContain('ugleprof.localhost/org/severny/feedback/sent/index.html')
    expect(files).toContain('ugleprof.localhost/org/severny/privacy/index.html')
  })

  it("the org's own policy text re-renders the policy page only", () => {
    expect(changedFiles((json) => (json.privacyPolicy = 'Наша политика.'))).toEqual([
      'zarechnaya.localhost/privacy/index.html',
    ])
  })

  it("the org's e-mail (shown in the default policy and the chrome) re-renders the policy too", () => {
    const changed = changedFiles((json) => (json.org.contacts.email = 'new@example.ru'))
    expect(changed).toContain('zarechnaya.localhost/privacy/index.html')
    expect(changed).toContain('zarechnaya.localhost/feedback/index.html')
  })
})
