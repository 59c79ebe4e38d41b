import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'

/**
 * Records a CPU profile of this process while `work` runs and writes it to `file` (open it in
 * Chrome's DevTools or speedscope). Without a file, just runs `work`.
 */
export async function withCpuProfile<T>(file: string | undefined, work: () => Promise<T>) {
  if (!file) return work()
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 500 })
  await session.post('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    writeFileSync(file, JSON.stringify(profile))
    session.disconnect()
    console.log(`  CPU profile of this process written to ${file}`)
  }
}
