/**
 * Finds READS of environment variables outside config/, the one module that reads them (issue 14).
 * TypeScript's own parser finds every `process.env`, so comments, strings and names that merely
 * contain the word never count. Setting a variable (`process.env.X = …`, `delete process.env.X`)
 * and handing the whole environment to a child (`{ ...process.env, … }`) are not reads; anything
 * else is: `process.env.X`, `process.env['X']`, `const { X } = process.env`, `??=`, an alias.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export interface EnvRead {
  /** Relative to the scanned root, with `/`. */
  file: string
  line: number
  /** The variable, when the code names it (`process.env.X`, `process.env['X']`). */
  name?: string
  code: string
}

/** Every source folder but config/; generated output (dot-folders, dist) is skipped. */
export const SCANNED_FOLDERS = [
  'cms',
  'domain',
  'publishing',
  'serving',
  'site',
  'themes',
  'content',
  'scripts',
  'tools',
  'tests',
] as const
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.astro']
const SKIPPED = new Set(['node_modules', 'dist', 'test-results'])

const isProcess = (node: ts.Expression): boolean =>
  (ts.isIdentifier(node) && node.text === 'process') ||
  (ts.isPropertyAccessExpression(node) && node.name.text === 'process')

const isEnv = (node: ts.Node): node is ts.PropertyAccessExpression | ts.ElementAccessExpression =>
  (ts.isPropertyAccessExpression(node) && node.name.text === 'env' && isProcess(node.expression)) ||
  (ts.isElementAccessExpression(node) &&
    ts.isStringLiteralLike(node.argumentExpression) &&
    node.argumentExpression.text === 'env' &&
    isProcess(node.expression))

/** The variable a member access names, if it is written out. */
function memberName(access: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(access)) return access.name.text
  if (ts.isElementAccessExpression(access) && ts.isStringLiteralLike(access.argumentExpression))
    return access.argumentExpression.text
  return undefined
}

/** undefined: a write or a hand-over to a child; otherwise the read (and its variable, if named). */
function classify(env: ts.Node): { name?: string } | undefined {
  const parent = env.parent
  if (ts.isSpreadAssignment(parent)) return undefined
  const isMember =
    (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) &&
    parent.expression === env
  if (!isMember) return {}
  const use = parent.parent
  const assigned =
    ts.isBinaryExpression(use) &&
    use.left === parent &&
    use.operatorToken.kind === ts.SyntaxKind.EqualsToken
  if (assigned || ts.isDeleteExpression(use)) return undefined
  const name = memberName(parent)
  return name === undefined ? {} : { name }
}

/** The reads in one TypeScript or JavaScript text; `firstLine` numbers a part of a larger file. */
export function envReadsInCode(code: string, file = 'code.ts', firstLine = 1): EnvRead[] {
  const kind = file.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : file.endsWith('.mjs')
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind)
  const lines = code.split('\n')
  const reads: EnvRead[] = []
  const visit = (node: ts.Node) => {
    if (isEnv(node)) {
      const read = classify(node)
      if (read) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line
        reads.push({ file, line: line + firstLine, ...read, code: lines[line]!.trim() })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return reads
}

/**
 * The reads in one file. An Astro component's frontmatter is code; in its template any
 * `process.env` is a read (nothing there sets variables).
 */
export function envReadsInFile(text: string, file: string): EnvRead[] {
  if (!file.endsWith('.astro')) return envReadsInCode(text, file)
  const frontmatter = /^(\s*---\r?\n)([\s\S]*?)\r?\n---/.exec(text)
  const reads = frontmatter
    ? envReadsInCode(frontmatter[2]!, file, frontmatter[1]!.split('\n').length)
    : []
  const templateFrom = frontmatter ? frontmatter[0].split('\n').length : 0
  text.split('\n').forEach((line, i) => {
    if (i >= templateFrom && /\bprocess\s*(\.\s*env\b|\[\s*['"`]env)/.test(line))
      reads.push({ file, line: i + 1, code: line.trim() })
  })
  return reads
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name) || entry.isSymbolicLink()) return []
    if (entry.isDirectory()) return sourceFiles(root, relative)
    return EXTENSIONS.some((e) => entry.name.endsWith(e)) ? [relative] : []
  })
}

/** Every read of process.env in the scanned folders of the repository at `root`. */
export function envReadsInRepository(root: string): EnvRead[] {
  return SCANNED_FOLDERS.flatMap((folder) => sourceFiles(root, folder)).flatMap((file) =>
    envReadsInFile(readFileSync(path.join(root, file), 'utf8'), file),
  )
}

/**
 * The reads config/index.ts documents as the exceptions (`- PATH, in tools/test/x.ts: why`):
 * the documentation is the allow-list, so an exception cannot exist without its reason.
 */
export function documentedExceptions(configIndex: string): { name: string; file: string }[] {
  return [...configIndex.matchAll(/^\s*\*\s*-\s*([A-Z][A-Z0-9_]*),\s*in\s+([\w./-]+):/gm)].map(
    ([, name, file]) => ({ name: name!, file: file! }),
  )
}
