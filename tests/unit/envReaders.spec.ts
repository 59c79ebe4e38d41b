import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  documentedExceptions,
  envReadsInCode,
  envReadsInFile,
  envReadsInRepository,
} from '../../tools/checks/envReads'

const ROOT = process.cwd()

/** Files allowed to touch the environment beyond config/index.ts's documented exceptions. */
const ALLOWED_FILES = new Set([
  // Tests the reader itself: it sets variables and reads them back through config/.
  'tests/unit/config.spec.ts',
])

const found = (code: string) => envReadsInCode(code).map((r) => [r.line, r.name ?? null])

describe('config/ is the only reader of environment variables', () => {
  it('no file outside config/ reads process.env (file:line of each read)', () => {
    const exceptions = documentedExceptions(readFileSync(`${ROOT}/config/index.ts`, 'utf8'))
    const reads = envReadsInRepository(ROOT).filter(
      (read) =>
        !ALLOWED_FILES.has(read.file) &&
        !exceptions.some((e) => e.file === read.file && e.name === read.name),
    )
    expect(reads.map((r) => `${r.file}:${r.line}  ${r.code}`)).toEqual([])
  }, 60_000)

  it('takes the exceptions from config/index.ts, each with a file that really reads it', () => {
    const exceptions = documentedExceptions(readFileSync(`${ROOT}/config/index.ts`, 'utf8'))
    expect(exceptions).toEqual([
      { name: 'PATH', file: 'tools/test/provisionTools.ts' },
      { name: 'NODE_OPTIONS', file: 'publishing/render/astroBuild.ts' },
      { name: 'NODE_OPTIONS', file: 'cms/mailings/sendDigestsInChild.ts' },
    ])
    const reads = envReadsInRepository(ROOT)
    for (const e of exceptions) expect(reads).toContainEqual(expect.objectContaining(e))
  }, 60_000)
})

describe('the scanner', () => {
  it('catches a read by property, by index, by destructuring, by alias and by ??=', () => {
    const code = [
      'const a = process.env.FOO',
      "const b = process.env['BAR']",
      'const { BAZ } = process.env',
      'const env = process.env',
      "process.env.LOG_LEVEL ??= 'warn'",
      'const c = globalThis.process.env.QUX ?? 1',
      'const d = process.env[name]',
    ].join('\n')
    expect(found(code)).toEqual([
      [1, 'FOO'],
      [2, 'BAR'],
      [3, null],
      [4, null],
      [5, 'LOG_LEVEL'],
      [6, 'QUX'],
      [7, null],
    ])
  })

  it('lets writes, deletes and a whole environment handed to a child pass', () => {
    const code = [
      "process.env.DATA_DIR = '/tmp/x'",
      "process.env['LOG_LEVEL'] = 'warn'",
      'process.env[key] = value',
      'delete process.env.SITES_DIR',
      "spawn('x', [], { env: { ...process.env, LOG_LEVEL: 'warn' } })",
      '// process.env.IN_A_COMMENT',
      "const text = 'process.env.IN_A_STRING'",
    ].join('\n')
    expect(found(code)).toEqual([])
  })

  it('reads an Astro component: its frontmatter as code, its template line by line', () => {
    const component = [
      '---',
      "const title = 'process.env.NOT_CODE'",
      'const port = process.env.PORT',
      '---',
      '<p>{title} {port}</p>',
      '<p>{process.env.SECRET}</p>',
    ].join('\n')
    expect(envReadsInFile(component, 'site/src/X.astro')).toEqual([
      { file: 'site/src/X.astro', line: 3, name: 'PORT', code: 'const port = process.env.PORT' },
      { file: 'site/src/X.astro', line: 6, code: '<p>{process.env.SECRET}</p>' },
    ])
  })

  it('reads the exceptions as config/index.ts writes them', () => {
    const doc = [
      '/**',
      ' * Read elsewhere on purpose:',
      ' * - PATH, in tools/test/provisionTools.ts: the search path;',
      ' * - NODE_OPTIONS, in publishing/render/astroBuild.ts: Node’s own options.',
      ' * Handing the whole environment to a child is not a read.',
      ' */',
    ].join('\n')
    expect(documentedExceptions(doc)).toEqual([
      { name: 'PATH', file: 'tools/test/provisionTools.ts' },
      { name: 'NODE_OPTIONS', file: 'publishing/render/astroBuild.ts' },
    ])
  })
})
