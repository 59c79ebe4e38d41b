import { expect } from 'vitest'

/** Runs `fn`, expects Payload to refuse it, and returns the Russian messages per field. */
export async function expectRefused(
  fn: () => Promise<unknown>,
): Promise<{ path?: string; message: string }[]> {
  let error: unknown
  try {
    await fn()
  } catch (e) {
    error = e
  }
  expect(error, 'the operation should have been refused').toBeDefined()
  const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
  return data?.errors ?? [{ message: (error as Error).message }]
}
