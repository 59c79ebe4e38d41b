import { z } from 'zod'
import { mediaRef } from './parts'

/**
 * The org's leadership: the chairperson (home page aside, contacts) and the elected body. Public
 * persons of the organization by its own decision: only what the editor entered, no other
 * personal data. The import format and the snapshot share it and differ only in the photo (a
 * media key in an import file, an image with its sizes in a snapshot).
 */
const text = z.string().min(1)

export function leadershipSchema<P extends z.ZodType>(photo: P) {
  return z.strictObject({
    chairperson: z
      .strictObject({
        name: z.string().min(2),
        /** «Председатель профкома», «Председатель территориальной организации». */
        position: text.optional(),
        photo: photo.optional(),
        receptionHours: text.optional(),
        phone: text.optional(),
        email: z.email().optional(),
      })
      .optional(),
    electedBody: z
      .strictObject({
        /** «Профсоюзный комитет», «Президиум». */
        title: z.string().min(2),
        members: z
          .array(z.strictObject({ name: z.string().min(2), role: text.optional() }))
          .default([]),
      })
      .optional(),
  })
}

export const leadership = leadershipSchema(mediaRef)

export type Leadership = z.infer<typeof leadership>
