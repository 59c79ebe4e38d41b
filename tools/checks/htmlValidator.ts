/**
 * The Nu Html Checker (vnu.jar, the W3C validator) over a whole build output in ONE Java process:
 * the JVM takes seconds to start, while a page takes milliseconds.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configValue } from '../../config/index'
import type { CheckProblem } from './problem'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const VNU_JAR = path.join(repoRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

interface VnuMessage {
  type: string
  subType?: string
  url?: string
  message?: string
  firstLine?: number
  lastLine?: number
}

/** vnu's `--format json` report → problems with paths relative to the checked folder. */
export function parseVnuReport(json: string, dir: string): CheckProblem[] {
  let report: { messages?: VnuMessage[] }
  try {
    report = JSON.parse(json) as { messages?: VnuMessage[] }
  } catch {
    throw new Error(`The Nu Html Checker printed no JSON report:\n${json.slice(0, 2000)}`)
  }
  const root = path.resolve(dir)
  return (report.messages ?? [])
    .filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? dir)
      return {
        check: 'html' as const,
        file: path.relative(root, file).split(path.sep).join('/') || '.',
        line: m.lastLine ?? m.firstLine,
        message: m.message ?? m.type,
      }
    })
}

export interface VnuRun {
  problems: CheckProblem[]
  seconds: number
}

/** Validates every HTML file under `dir` (errors only; CSS, images and XML are skipped). */
export function validateHtml(dir: string, java = configValue('JAVA')): Promise<VnuRun> {
  if (!existsSync(VNU_JAR)) {
    return Promise.reject(new Error(`vnu.jar is missing at ${VNU_JAR}: run npm install.`))
  }
  const started = performance.now()
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dir]
  const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  // vnu writes its JSON report to stderr and nothing to stdout.
  child.stderr.on('data', (chunk: Buffer) => out.push(chunk))
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  return new Promise((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `Java is needed for the Nu Html Checker and "${java}" was not found ` +
                '(Debian: apt-get install default-jre-headless; or set JAVA=/path/to/java).',
            )
          : error,
      ),
    )
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8').trim()
      try {
        // Exit code 1 means "errors found"; anything else without a report is a crash.
        if (code !== 0 && code !== 1) throw new Error(`vnu exited with ${code}:\n${text}`)
        const problems = text === '' ? [] : parseVnuReport(text, dir)
        resolve({ problems, seconds: (performance.now() - started) / 1000 })
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
  })
}
