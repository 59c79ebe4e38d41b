import { BrandMark } from './BrandMark'

/** The login page's logo: the product's mark and name instead of Payload's. */
export function Logo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 12 }}>
      <BrandMark size={40} />
      <span style={{ fontSize: 22, fontWeight: 600 }}>Сайты профсоюзов</span>
    </span>
  )
}
