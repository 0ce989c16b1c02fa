/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { english } from '../../../src/renderer/src/strings'

/**
 * A language switch rewrites the live `strings` tree in place (i18n/liveCatalogue.ts): a section kept at
 * module level (`const s = strings.converge`) follows it, but a string or a function copied out of it
 * when the module loads (`const label = strings.converge.heading`, `const { heading } = strings.x`, an
 * object literal of `strings.…` leaves) keeps the words of the language the module was loaded in.
 * This scans src/renderer for reads of `strings` evaluated at module load, and fails on any that reach a
 * leaf of the catalogue (anything but a section or a list).
 */

const RENDERER = join(import.meta.dirname, '../../../src/renderer/src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(dir, name))
}

/** Names that stand for a place in the catalogue: `strings` itself, and sections kept at module level. */
type Roots = Map<string, string[]>

/** `strings.a.b` → ['a', 'b'] (`s.b` → ['a', 'b'] for `const s = strings.a`); null for anything else. */
function pathOf(node: ts.Expression, roots: Roots): string[] | null {
  if (ts.isIdentifier(node)) return roots.get(node.text) ?? null
  if (ts.isPropertyAccessExpression(node)) {
    const head = pathOf(node.expression, roots)
    return head && [...head, node.name.text]
  }
  if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)) {
    const head = pathOf(node.expression, roots)
    return head && [...head, node.argumentExpression.text]
  }
  return null
}

const isSection = (value: unknown) => value !== null && typeof value === 'object'

function valueAt(path: string[]): unknown {
  let value: unknown = english
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key]
  return value
}

/** Whether a function body starts here: what is inside runs at call time, not at module load. */
const isDeferred = (node: ts.Node) =>
  ts.isFunctionLike(node) || ts.isClassDeclaration(node) || ts.isClassExpression(node)

/** The `strings.…` reads a file evaluates when it loads that copy a leaf (a string or a function). */
export function moduleLevelLeafReads(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const roots: Roots = new Map([['strings', []]])
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const d of statement.declarationList.declarations) {
      const path = d.initializer && ts.isIdentifier(d.name) && pathOf(d.initializer, roots)
      if (path && isSection(valueAt(path))) roots.set(d.name.text, path)
    }
  }
  const visit = (node: ts.Node): void => {
    if (isDeferred(node) || ts.isImportDeclaration(node) || ts.isTypeNode(node)) return
    // The outermost read of a chain: `strings.a.b` seen once, not also as `strings.a`.
    const outer = node.parent
    const isOutermost =
      !outer ||
      !(
        (ts.isPropertyAccessExpression(outer) || ts.isElementAccessExpression(outer)) &&
        outer.expression === node
      )
    if (isOutermost && ts.isExpression(node)) {
      const path = pathOf(node, roots)
      if (path && !(ts.isIdentifier(node) && roots.has(node.text))) {
        const destructured =
          ts.isVariableDeclaration(outer) && ts.isObjectBindingPattern(outer.name)
            ? outer.name.elements.map((e) => (e.propertyName ?? e.name).getText(source))
            : null
        const reads = destructured ? destructured.map((key) => [...path, key]) : [path]
        for (const read of reads) {
          if (!isSection(valueAt(read))) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
            found.push(`${fileName}:${line + 1} strings.${read.join('.')}`)
          }
        }
        return
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('module-level copies of catalogue strings (they would not follow a language change)', () => {
  it('finds none in src/renderer: modules keep sections, and read strings when they render', () => {
    const found = sourceFiles(RENDERER).flatMap((file) =>
      moduleLevelLeafReads(relative(RENDERER, file), readFileSync(file, 'utf8'))
    )
    expect(found).toEqual([])
  })

  it('catches a string, a function, a destructured leaf and a leaf in a table, not a section', () => {
    const text = [
      "import { strings } from './strings'",
      'const s = strings.converge',
      'const loading = strings.loading',
      'const day = strings.dates.day',
      'const { placeholder } = strings.dates',
      'const TABLE = { a: strings.library.heading }',
      'const title = s.budgetHeading',
      'export function Screen() { return strings.library.empty + s.toString() }',
      'const later = () => strings.library.open'
    ].join('\n')
    expect(moduleLevelLeafReads('x.tsx', text)).toEqual([
      'x.tsx:3 strings.loading',
      'x.tsx:4 strings.dates.day',
      'x.tsx:5 strings.dates.placeholder',
      'x.tsx:6 strings.library.heading',
      'x.tsx:7 strings.converge.budgetHeading'
    ])
  })
})
