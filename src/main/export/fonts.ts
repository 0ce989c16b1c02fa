import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as fontkit from 'fontkit'
import type { ChainFace, CjkVariant } from '../../shared/minutes/fontChain'
import { SCRIPT_BLOCKS, cjkOrder } from '../../shared/minutes/fontChain'
import type { GlyphCoverage } from '../../shared/minutes/glyphCoverage'
import { MINUTES_FONT } from '../../shared/minutes/minutesDocument'

/** The four styles pdfmake asks a family for. */
export interface FamilyFiles {
  normal: string
  bold: string
  italics: string
  bolditalics: string
}

const family = (regular: string, bold = regular, italics = regular): FamilyFiles => ({
  normal: regular,
  bold,
  italics,
  bolditalics: bold
})

/**
 * Every family the PDF can use, with its files in resources/fonts (SIL Open Font License, see the
 * OFL*.txt files there). Noto Sans has no bold-italic file (the minutes never combine the two);
 * the fallback fonts have no italic, and the CJK and emoji fonts ship one weight only (a bold CJK
 * file is another 5–10 MB), so their bold text is drawn in the regular weight.
 */
export const FONT_FAMILIES = {
  [MINUTES_FONT]: family('NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf'),
  NotoSansHebrew: family('NotoSansHebrew-Regular.ttf', 'NotoSansHebrew-Bold.ttf'),
  NotoSansArabic: family('NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf'),
  NotoSansSC: family('NotoSansSC-Regular.ttf'),
  NotoSansTC: family('NotoSansTC-Regular.ttf'),
  NotoSansJP: family('NotoSansJP-Regular.ttf'),
  NotoSansKR: family('NotoSansKR-Regular.ttf'),
  NotoSansDevanagari: family('NotoSansDevanagari-Regular.ttf', 'NotoSansDevanagari-Bold.ttf'),
  NotoSansThai: family('NotoSansThai-Regular.ttf', 'NotoSansThai-Bold.ttf'),
  NotoEmoji: family('NotoEmoji-Regular.ttf')
} as const satisfies Record<string, FamilyFiles>

export type FontFamily = keyof typeof FONT_FAMILIES

/** The file paths of a family's four styles. */
export const stylePaths = (files: FamilyFiles): string[] => [
  files.normal,
  files.bold,
  files.italics,
  files.bolditalics
]

/** Every font file path of every family (pdfmake may read these and nothing else). */
export const allFontPaths = (): Set<string> =>
  new Set(Object.values(fontFamilies()).flatMap(stylePaths))

const hasFonts = (dir: string) => existsSync(join(dir, FONT_FAMILIES[MINUTES_FONT].normal))

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

let cachedPaths: Record<FontFamily, FamilyFiles> | null = null

/** Absolute paths of every family's files, resolved once (nothing is read until a text needs it). */
export function fontFamilies(): Record<FontFamily, FamilyFiles> {
  if (!cachedPaths) {
    const dir = findFontsDirectory()
    const entries = Object.entries(FONT_FAMILIES).map(([name, files]) => [
      name,
      {
        normal: join(dir, files.normal),
        bold: join(dir, files.bold),
        italics: join(dir, files.italics),
        bolditalics: join(dir, files.bolditalics)
      }
    ])
    cachedPaths = Object.fromEntries(entries) as Record<FontFamily, FamilyFiles>
  }
  return cachedPaths
}

const coverageByFamily = new Map<FontFamily, GlyphCoverage>()

/**
 * The code points every style of a family can draw (the intersection, so bold text never meets a
 * gap the regular face covers). Read from the cmaps with fontkit the first time a text asks, then
 * kept for the life of the process.
 */
export function familyCoverage(name: FontFamily): GlyphCoverage {
  const known = coverageByFamily.get(name)
  if (known) return known
  const sets = [...new Set(stylePaths(fontFamilies()[name]))].map((path) => {
    const font = fontkit.openSync(path)
    if (!('characterSet' in font)) throw new Error(`${path} is a font collection, not a font.`)
    return new Set<number>(font.characterSet)
  })
  const [first, ...rest] = sets
  const final = new Set([...(first ?? [])].filter((cp) => rest.every((s) => s.has(cp))))
  const coverage: GlyphCoverage = (cp) => final.has(cp)
  coverageByFamily.set(name, coverage)
  return coverage
}

const lazyFace = (
  name: FontFamily,
  meantFor?: (cp: number) => boolean,
  emoji = false
): ChainFace => ({
  family: name,
  meantFor,
  emoji,
  covers: (cp) => familyCoverage(name)(cp)
})

const CJK_FAMILY: Record<CjkVariant, FontFamily> = {
  SC: 'NotoSansSC',
  TC: 'NotoSansTC',
  JP: 'NotoSansJP',
  KR: 'NotoSansKR'
}

/**
 * The fallback chain for one meeting: Noto Sans → Hebrew → Arabic → the CJK fonts (the variant the
 * meeting's text and language call for first) → Devanagari → Thai → Noto Emoji (monochrome).
 */
export function fontChain(sampleText: string, language: string): ChainFace[] {
  return [
    // Noto Sans 2.x has Devanagari too, but its Latin runs are drawn without `ccmp` (see
    // LATIN_FEATURES), which Devanagari shaping needs: Devanagari goes to its own font.
    lazyFace(MINUTES_FONT, (cp) => !SCRIPT_BLOCKS.devanagariLetters(cp)),
    lazyFace('NotoSansHebrew', SCRIPT_BLOCKS.hebrew),
    lazyFace('NotoSansArabic', SCRIPT_BLOCKS.arabic),
    ...cjkOrder(sampleText, language).map((v) => lazyFace(CJK_FAMILY[v], SCRIPT_BLOCKS.cjk)),
    lazyFace('NotoSansDevanagari', SCRIPT_BLOCKS.devanagari),
    lazyFace('NotoSansThai', SCRIPT_BLOCKS.thai),
    lazyFace('NotoEmoji', SCRIPT_BLOCKS.emoji, true)
  ]
}
