import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

const unpdf = pathToFileURL(createRequire(import.meta.url).resolve('unpdf')).href

/**
 * A PDF's text (unpdf, pdf.js) read in a worker thread. Not in the test's own realm: drizzle-kit,
 * which pushes the SQLite schema in the integration runs, adds an enumerable
 * `Array.prototype.random`, and pdf.js refuses to run beside it. A worker has its own globals.
 */
export function pdfTextIsolated(bytes: Uint8Array): Promise<string> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    import(${JSON.stringify(unpdf)}).then(async ({ extractText, getDocumentProxy }) => {
      const pdf = await getDocumentProxy(workerData)
      const { text } = await extractText(pdf, { mergePages: true })
      parentPort.postMessage(text)
    })`
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: bytes })
    worker.once('message', (text: string) => {
      resolve(text)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`pdf text worker exited with ${code}`))
    })
  })
}
