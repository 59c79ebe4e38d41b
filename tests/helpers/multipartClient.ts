import { handleEndpoints, type Payload } from 'payload'
import type { ApiResponse } from './apiClient'

export interface UploadPart {
  bytes: Uint8Array
  /** The name the client claims; attacks choose it. */
  name: string
  /** The type the client claims. */
  type: string
}

/**
 * A `multipart/form-data` request to the real REST handlers, as the admin's upload form and a
 * hostile script send it: the file in `file`, the other fields as JSON in `_payload`.
 * (apiClient only speaks JSON.)
 */
export async function restUpload(
  payload: Payload,
  method: 'POST' | 'PATCH',
  path: string,
  options: { token?: string; file?: UploadPart; data?: Record<string, unknown> },
): Promise<ApiResponse> {
  const form = new FormData()
  if (options.file) {
    const { bytes, name, type } = options.file
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  }
  form.append('_payload', JSON.stringify(options.data ?? {}))
  // Serialised up front: a streamed FormData body errors inside undici when the parser stops
  // reading at its size limit, which is exactly what the limit tests provoke.
  const encoded = new Response(form)
  const body = new Uint8Array(await encoded.arrayBuffer())
  const headers = new Headers({ 'Content-Type': encoded.headers.get('content-type')! })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}
