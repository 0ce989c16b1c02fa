import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as fontkit from 'fontkit'
import type { GlyphCoverage } from '../../shared/minutes/glyphCoverage'

/** The Noto Sans files shipped in resources/fonts (SIL Open Font License, see OFL.txt there). */
export const FONT_FILES = {
  normal: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italics: 'NotoSans-Italic.ttf',
  // No bold-italic file is shipped: the minutes never combine the two, and it saves 600 KB.
  bolditalics: 'NotoSans-Bold.ttf'
} as const

export type FontPaths = Record<keyof typeof FONT_FILES, string>

const hasFonts = (dir: string) => existsSync(join(dir, FONT_FILES.normal))

/**
 * Where the fonts are: `NORTHSTAR_FONTS_DIR` if set, the packaged app's resources folder, or
 * `resources/fonts` found by walking up from this module (source under tsx/vitest, out/main when built).
 */
export function findFontsDirectory(): string {
  const candidates: string[] = []
  if (process.env.NORTHSTAR_FONTS_DIR) candidates.push(process.env.NORTHSTAR_FONTS_DIR)
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  if (resourcesPath)
    candidates.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'))
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 6; up++) {
    candidates.push(join(dir, 'resources', 'fonts'))
    dir = dirname(dir)
  }
  const found = candidates.find(hasFonts)
  if (!found) {
    throw new Error(`The PDF fonts are missing (looked in ${candidates.join(', ')}).`)
  }
  return resolve(found)
}

let cachedPaths: FontPaths | null = null
let cachedCoverage: GlyphCoverage | null = null

/** Absolute paths of the font files, resolved once. */
export function fontPaths(): FontPaths {
  if (!cachedPaths) {
    const dir = findFontsDirectory()
    cachedPaths = {
      normal: join(dir, FONT_FILES.normal),
      bold: join(dir, FONT_FILES.bold),
      italics: join(dir, FONT_FILES.italics),
      bolditalics: join(dir, FONT_FILES.bolditalics)
    }
  }
  return cachedPaths
}

/**
 * The code points every shipped style can draw (the intersection, so bold or italic text never
 * meets a gap the regular face would have covered). Read from the fonts' cmap once, with fontkit.
 */
export function fontCoverage(): GlyphCoverage {
  if (!cachedCoverage) {
    const sets = [...new Set(Object.values(fontPaths()))].map((path) => {
      const font = fontkit.openSync(path)
      if (!('characterSet' in font)) throw new Error(`${path} is a font collection, not a font.`)
      return new Set(font.characterSet)
    })
    const [first, ...rest] = sets
    const common = new Set([...(first ?? [])].filter((cp) => rest.every((s) => s.has(cp))))
    cachedCoverage = (cp) => common.has(cp)
  }
  return cachedCoverage
}
