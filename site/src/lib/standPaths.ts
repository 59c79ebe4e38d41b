import { SEGMENTS } from '../consts'

/**
 * Site paths of the weekly stand (issue 17): the page that offers the latest week, one print page
 * per week (`/stand/2026-w49/`) and its PDF beside it (`/stand/2026-w49.pdf`), which the stand
 * job renders from the print page after the site is published (publishing/stand/).
 */
export const STAND_PATHS = {
  index: `/${SEGMENTS.stand}/`,
  print: (label: string) => `/${SEGMENTS.stand}/${label}/`,
  pdf: (label: string) => `/${SEGMENTS.stand}/${label}.pdf`,
} as const
