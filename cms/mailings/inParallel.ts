/** Runs `task` over `items`, at most `limit` at a time; the first error stops new ones and is thrown. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
) {
  let next = 0
  let failed = false
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (!failed && next < items.length)
        await task(items[next++]!).catch((error: unknown) => {
          failed = true
          throw error
        })
    }),
  )
}
