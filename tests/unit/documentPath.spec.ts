import { describe, expect, it } from 'vitest'
import { documentPath, originSlugOf } from '../../domain/contract/documentPath'

describe('documentPath', () => {
  it('puts a post under /news/ with its slug, the reserved `own` suffixed by the org', () => {
    expect(documentPath({ kind: 'post', slug: 'itogi-goda', orgSlug: 'ppo-metro' })).toBe(
      'news/itogi-goda/',
    )
    expect(documentPath({ kind: 'post', slug: 'own', orgSlug: 'ppo-metro' })).toBe(
      'news/own-ppo-metro/',
    )
    expect(originSlugOf('own', 'x')).toBe('own-x')
  })

  it('nests a page under its parents and sends an uploaded document to the documents page', () => {
    expect(documentPath({ kind: 'page', slugs: ['o-nas', 'istoriya'] })).toBe('o-nas/istoriya/')
    expect(documentPath({ kind: 'event', slug: 'subbotnik' })).toBe('events/subbotnik/')
    expect(documentPath({ kind: 'document' })).toBe('documents/')
  })
})
