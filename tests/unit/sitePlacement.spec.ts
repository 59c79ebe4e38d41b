import { domainToASCII } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sitePlacement, siteOrigin, type PlacementOrg } from '../../domain/hosts/sitePlacement'
import { configValue } from '../../config/index'

const org = (id: number, slug: string, hosting: PlacementOrg['hosting']): PlacementOrg => ({
  id,
  slug,
  hosting,
})
const fed = org(1, 'fnpr', { mode: 'subdomain', networkDomain: 'localhost' })
const union = org(2, 'rosugleprof', { mode: 'subdomain' })
const terkom = org(3, 'kuzbass', { mode: 'subdomain' })
const toop = org(4, 'mfp', { mode: 'subdomain', networkDomain: 'mfp.localhost' })

describe('sitePlacement', () => {
  it('puts a network root on its apex and orgs below on flat sub-domains', () => {
    expect(sitePlacement([fed])).toEqual({ host: 'localhost', basePath: '' })
    expect(sitePlacement([fed, union])).toEqual({ host: 'rosugleprof.localhost', basePath: '' })
    expect(sitePlacement([fed, union, terkom])).toEqual({ host: 'kuzbass.localhost', basePath: '' })
    expect(sitePlacement([fed, toop])).toEqual({ host: 'mfp.localhost', basePath: '' })
  })
  it('nests a section org under its nearest hosted ancestor', () => {
    const ppo = org(5, 'shakhta', { mode: 'section' })
    expect(sitePlacement([fed, union, terkom, ppo])).toEqual({
      host: 'kuzbass.localhost',
      basePath: '/org/shakhta',
    })
    const sectionTerkom = org(6, 'rayon', { mode: 'section' })
    expect(sitePlacement([fed, union, sectionTerkom, ppo])).toEqual({
      host: 'rosugleprof.localhost',
      basePath: '/org/shakhta',
    })
  })
  it('uses a custom domain, normalized', () => {
    expect(
      sitePlacement([fed, org(7, 'vuz', { mode: 'custom', customDomain: 'Профком.РФ' })]).host,
    ).toBe(domainToASCII('профком.рф'))
  })
  it('builds origins from a template', () => {
    expect(siteOrigin('mfp.localhost', configValue('SITES_ORIGIN_TEMPLATE'))).toBe(
      'http://mfp.localhost:4321',
    )
    expect(siteOrigin('mosfed.ru', 'https://{host}')).toBe('https://mosfed.ru')
  })
})
