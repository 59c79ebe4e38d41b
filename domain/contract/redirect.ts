import { z } from 'zod'
import { sitePath } from './parts'

/** An old address of the site answering 301 with the new one (a post's slug changed). */
export const redirectSchema = z.strictObject({ from: sitePath, to: sitePath })
