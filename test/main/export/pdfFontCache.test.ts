import { execFileSync } from 'node:child_process'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { allFontPaths } from '../../../src/main/export/fonts'
import {
  fontFileSystem,
  fontFilesRead,
  limitShapedWords
} from '../../../src/main/export/pdfFontCache'
import { renderMinutesPdf } from '../../../src/main/export/renderPdf'
import { multiscriptMeeting } from '../../../scripts/fixtures/multiscript'
import { collapse, pdfFonts, pdfText, seedMeeting, tempFolder } from './support'

/** Every page of a PDF as PNG bytes (pdftoppm at 50 dpi), in page order. */
async function pageImages(file: string): Promise<Buffer[]> {
  const prefix = file.replace(/\.pdf$/, '')
  execFileSync('pdftoppm', ['-png', '-r', '50', file, prefix])
  const dir = path.dirname(file)
  const base = path.basename(prefix)
  const pages = (await readdir(dir)).filter((n) => n.startsWith(`${base}-`) && n.endsWith('.png'))
  return Promise.all(pages.sort().map((n) => readFile(path.join(dir, n))))
}

let folder: string
const files = { cold: '', multiscript: '', warm: '', bounded: '' }
let readsBeforeWarm = 0
let readsAfterWarm = 0

beforeAll(async () => {
  folder = await tempFolder()
  const latin = await seedMeeting()
  const write = async (name: keyof typeof files, bytes: Buffer) => {
    files[name] = path.join(folder, `${name}.pdf`)
    await writeFile(files[name], bytes)
  }
  // The same Latin minutes before and after a document that used every fallback font.
  await write('cold', (await renderMinutesPdf(latin)).bytes)
  await write('multiscript', (await renderMinutesPdf(multiscriptMeeting(latin))).bytes)
  readsBeforeWarm = fontFilesRead()
  await write('warm', (await renderMinutesPdf(latin)).bytes)
  readsAfterWarm = fontFilesRead()
  // A cache bound far below one document's words: it starts over many times during the export.
  limitShapedWords(40)
  try {
    await write('bounded', (await renderMinutesPdf(latin)).bytes)
  } finally {
    limitShapedWords(20_000)
  }
}, 120_000)

describe('fonts parsed and words shaped once per process', () => {
  it('reads no font file again for a later export', () => {
    expect(readsBeforeWarm).toBeGreaterThan(1)
    expect(readsAfterWarm).toBe(readsBeforeWarm)
  })

  it('draws a later export exactly as the first (same pages, same text), its cache bounded or not', async () => {
    const cold = await pageImages(files.cold)
    for (const later of [files.warm, files.bounded]) {
      expect(collapse(pdfText(later))).toBe(collapse(pdfText(files.cold)))
      const pages = await pageImages(later)
      expect(pages.length).toBe(cold.length)
      pages.forEach((page, i) => expect(page.equals(cold[i] ?? Buffer.alloc(0))).toBe(true))
    }
  })

  it('embeds in each PDF only the fonts and glyphs that PDF draws', async () => {
    const fonts = pdfFonts(files.warm)
    expect(fonts.every((f) => f.embedded && /^[A-Z]{6}\+NotoSans-/.test(f.name))).toBe(true)
    const [cold, warm] = await Promise.all([readFile(files.cold), readFile(files.warm)])
    // Same subsets: only the dates and document ID differ between the two files.
    expect(Math.abs(warm.length - cold.length)).toBeLessThan(64)
  })

  it('hands pdfmake the font files and nothing else', () => {
    const files = fontFileSystem(allFontPaths())
    const [font] = [...allFontPaths()]
    expect(files.existsSync(font ?? '')).toBe(true)
    expect(files.readFileSync(font ?? '')).toBe(files.readFileSync(font ?? ''))
    expect(files.existsSync('/etc/passwd')).toBe(false)
    expect(() => files.readFileSync('/etc/passwd')).toThrow(/not one of the PDF fonts/)
  })
})
