import { IMAGE_POLICY, type UploadPolicy } from '../uploads/uploadPolicy'

/**
 * A member's attachment: a phone photo or a scanned PDF, small. Judged by the bytes like every
 * upload (cms/uploads/guardUpload.ts): an HTML page named `.pdf` is refused.
 */
export const INQUIRY_FILE_POLICY: UploadPolicy = {
  describe: 'изображения JPEG, PNG, WebP, AVIF или документ PDF',
  types: [...IMAGE_POLICY.types, { mime: 'application/pdf', ext: 'pdf' }],
  maxBytes: 5 * 1024 * 1024,
}
