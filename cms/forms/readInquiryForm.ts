import { readBodyWithin } from '../requests/readBodyWithin'
import { FORM_SETTINGS } from './formSettings'

export interface InquiryForm {
  /** Every text field, as sent (the first value of each name). */
  fields: Record<string, string>
  attachment: { data: Buffer; name: string; type: string } | null
}

/** The longest text kept of any one field: far above every limit, so the error still shows. */
const FIELD_CAP = 20_000

/**
 * The multipart body read within the form's limit (never whole into memory when larger), then
 * parsed: 'too-large' or 'unreadable' instead of throwing.
 */
export async function readInquiryForm(
  request: Request,
): Promise<InquiryForm | 'too-large' | 'unreadable'> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) return 'unreadable'
  const body = await readBodyWithin(request, FORM_SETTINGS.maxBodyBytes)
  if (body === 'too-large') return 'too-large'
  let form: FormData
  try {
    form = await new Response(body, { headers: { 'Content-Type': type } }).formData()
  } catch {
    return 'unreadable'
  }
  const fields: Record<string, string> = {}
  let attachment: InquiryForm['attachment'] = null
  for (const [name, value] of form) {
    if (typeof value === 'string') {
      if (!(name in fields)) fields[name] = value.slice(0, FIELD_CAP)
    } else if (name === 'attachment' && !attachment && value.size > 0) {
      attachment = {
        data: Buffer.from(await value.arrayBuffer()),
        name: value.name.slice(0, 255),
        type: value.type,
      }
    }
  }
  return { fields, attachment }
}
