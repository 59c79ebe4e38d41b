import type { EditorSession, SaveSample } from './editorSaves'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Saves drafts one after another, `pauseMs` apart (an editor does not save in a tight loop),
 * until `done()` says so or `maxMs` ran out; `done` is asked at most every `checkEveryMs`.
 * Bounded: at most `maxSaves` saves.
 */
export async function saveUntil(
  session: EditorSession,
  options: {
    label: string
    pauseMs: number
    maxMs: number
    maxSaves: number
    checkEveryMs?: number
    done?: () => Promise<boolean>
    runStart: number
  },
): Promise<{ samples: SaveSample[]; finished: boolean }> {
  const samples: SaveSample[] = []
  const deadline = performance.now() + options.maxMs
  let lastCheck = 0
  while (samples.length < options.maxSaves && performance.now() < deadline) {
    const n = session.samples.length + 1
    samples.push(
      await session.save(`${options.label}, сохранение ${n}`, performance.now() - options.runStart),
    )
    if (options.done && performance.now() - lastCheck >= (options.checkEveryMs ?? 1000)) {
      lastCheck = performance.now()
      if (await options.done()) return { samples, finished: true }
    }
    await sleep(options.pauseMs)
  }
  return { samples, finished: !options.done && samples.length >= options.maxSaves }
}
