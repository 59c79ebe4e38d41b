import { describe, expect, it } from 'vitest'
import {
  newsArticleJsonLd,
  organizationJsonLd,
  serializeJsonLd,
} from '../../site/src/lib/structuredData'
import { eventJsonLd } from '../../site/src/lib/eventJsonLd'
import { fixtureSnapshot } from './fixtures'

describe('JSON-LD', () => {
  const ppo = fixtureSnapshot('ppo-zarechnaya')

  it('describes the org on its own origin with its parent', () => {
    const data = organizationJsonLd(fixtureSnapshot('ugleprof'))
    expect(data).toMatchObject({
      '@type': 'Organization',
      alternateName: 'Росуглепроф',
      url: 'http://ugleprof.localhost:4321/',
      logo: { url: 'http://ugleprof.localhost:4321/media/logos/ugleprof.png' },
      parentOrganization: { url: 'http://localhost:4321/' },
    })
  })

  it('credits the origin org of a syndicated article and uses its canonical URL', () => {
    const data = newsArticleJsonLd(ppo, ppo.feed[1]!)
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      mainEntityOfPage: 'http://ugleprof.localhost:4321/news/shkola-upolnomochennykh/',
      author: { alternateName: 'Росуглепроф' },
      publisher: { url: 'http://zarechnaya.localhost:4321/' },
      datePublished: '2026-03-12T10:00:00+03:00',
    })
  })

  it('gives articles and events a size made at upload as image, never the original', () => {
    const item = ppo.feed.find((i) => i.slug === 'kollektivnyy-dogovor-podpisan')!
    const sized = 'http://zarechnaya.localhost:4321/media/covers/kd-zar-960.jpg'
    expect(newsArticleJsonLd(ppo, item).image).toEqual([sized])
    const event = { ...ppo.events[0]!, cover: item.cover }
    expect(eventJsonLd(ppo, event, 'Europe/Moscow').image).toEqual([sized])
  })

  it('cannot be closed by text from the CMS', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' })
  })
})
