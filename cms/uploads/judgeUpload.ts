import type { UploadPolicy } from './uploadPolicy'

export type UploadVerdict =
  { ok: true; mime: string; ext: string } | { ok: false; status: 400 | 413; message: string }

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))

/**
 * Whether a file may be stored, from the type detected in its bytes (undefined when nothing was
 * recognised: text, HTML, SVG, scripts) and its size. Pure, so each refusal is unit-tested.
 */
export function judgeUpload(
  policy: UploadPolicy,
  detectedMime: string | undefined,
  size: number,
): UploadVerdict {
  if (size > policy.maxBytes) {
    return {
      ok: false,
      status: 413,
      message: `Файл слишком большой: допустимо не больше ${megabytes(policy.maxBytes)} МБ.`,
    }
  }
  const type = policy.types.find((t) => t.mime === detectedMime)
  if (!type) {
    return {
      ok: false,
      status: 400,
      message: `Такой файл загрузить нельзя: допустимы только ${policy.describe}. Тип определяется по содержимому файла, а не по его имени.`,
    }
  }
  return { ok: true, mime: type.mime, ext: type.ext }
}
