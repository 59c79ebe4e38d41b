import { fileTypeFromBuffer } from 'file-type'
import { INQUIRY_FILE_POLICY } from '../inquiries/inquiryFilePolicy'
import type { InquiryForm } from './readInquiryForm'

export type AttachmentCheck =
  | { ok: true; file: { data: Buffer; mimetype: string; name: string; size: number } | undefined }
  | { ok: false; status: 413 | 415; message: string }

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024)

/**
 * The attachment judged by its bytes (file-type), never by the name or type the browser sent: an
 * image or a PDF of the inbox's upload policy, within its size. The type it is stored with is
 * the detected one.
 */
export async function checkAttachment(
  attachment: InquiryForm['attachment'],
): Promise<AttachmentCheck> {
  if (!attachment) return { ok: true, file: undefined }
  const size = attachment.data.length
  if (size > INQUIRY_FILE_POLICY.maxBytes)
    return {
      ok: false,
      status: 413,
      message: `Файл слишком большой: не более ${megabytes(INQUIRY_FILE_POLICY.maxBytes)} МБ.`,
    }
  const detected = await fileTypeFromBuffer(attachment.data).catch(() => undefined)
  const allowed = INQUIRY_FILE_POLICY.types.find((t) => t.mime === detected?.mime)
  if (!allowed)
    return {
      ok: false,
      status: 415,
      message: `Такой файл приложить нельзя: можно ${INQUIRY_FILE_POLICY.describe}.`,
    }
  return {
    ok: true,
    file: {
      data: attachment.data,
      mimetype: allowed.mime,
      name: attachment.name || `file.${allowed.ext}`,
      size,
    },
  }
}
