import { expect } from 'vitest'
import type { PublishWorker } from '../../../publishing/worker/publishWorker'

/**
 * Runs the worker's rounds until the queue is empty, expecting no host to fail; `log` (what the
 * test did so far) is printed with a failure.
 */
export async function drainWorker(worker: PublishWorker, log: string[] = []): Promise<void> {
  for (let report = await worker.runOnce(); report; report = await worker.runOnce())
    expect(report.failed, log.join('\n')).toEqual([])
}
