import type { BatchBuild, BuildStep, BuiltHost } from './buildStep'

/**
 * A batch as it renders: iterating it yields each host as soon as it is built, so the round can
 * put it live while the others still render (`for await (const built of rendering)`); once it
 * was iterated to the end, `batch` is the whole batch. A build step that reports its hosts only
 * at its end (the light builds of tests) is yielded host by host then.
 */
export class Rendering implements AsyncIterable<BuiltHost> {
  private summary: BatchBuild | undefined

  constructor(private readonly build: ReturnType<BuildStep>) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<BuiltHost, void, undefined> {
    this.summary = yield* hostByHost(this.build)
  }

  /** The whole batch (its scratch folder, pages, timings): known once every host was yielded. */
  get batch(): BatchBuild {
    if (!this.summary) throw new Error('The batch is still rendering')
    return this.summary
  }
}

async function* hostByHost(
  build: ReturnType<BuildStep>,
): AsyncGenerator<BuiltHost, BatchBuild, undefined> {
  if (Symbol.asyncIterator in build) return yield* build
  const batch = await build
  const builtWith = { assets: batch.assets, renderer: batch.renderer }
  for (const [index, result] of batch.results.entries()) yield { index, result, builtWith }
  return batch
}
