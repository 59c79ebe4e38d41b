import { BrandMark } from './BrandMark'

/** The admin's corner icon (the link to the dashboard): the product's mark. */
export function Icon() {
  return <BrandMark size={24} />
}
