import { execFileSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeExports } from '../../../src/main/export/writeExports'
import type { ExportResult } from '../../../src/shared/ipc/contract'
import { MULTISCRIPT, multiscriptMeeting } from '../../../scripts/fixtures/multiscript'
import { pdfFonts, seedMeeting, tempFolder } from './support'

/**
 * pdftotext in its default (layout-reading) mode, with the bidi embedding marks it adds around
 * right-to-left words removed and whitespace collapsed, so wrapped lines join.
 */
function readBack(file: string): string {
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  return raw
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .normalize('NFC')
}

let result: ExportResult
let pdf: string
let text: string
let folder: string

beforeAll(async () => {
  folder = await tempFolder()
  result = await writeExports(multiscriptMeeting(await seedMeeting()), ['pdf', 'md'], folder)
  pdf = result.files.find((f) => f.path.endsWith('.pdf'))?.path ?? ''
  text = readBack(pdf)
}, 120_000)

describe('minutes with names and ideas in every script', () => {
  it('draws every character: no replacement mark, no warning', () => {
    expect(text).not.toContain('\uFFFD')
    expect(result.warnings).toEqual([])
  })

  it.each(Object.entries(MULTISCRIPT).filter(([script]) => script !== 'arabic'))(
    'gives back the %s name and idea as typed',
    (_script, { name, text: idea }) => {
      expect(text).toContain(name.normalize('NFC'))
      expect(text).toContain(idea.normalize('NFC'))
    }
  )

  it('gives back the Arabic name as typed, and the Arabic sentence with its number in order', () => {
    expect(text).toContain(MULTISCRIPT.arabic.name)
    // The page reads right to left (see the rendered pages). pdftotext reads a line that mixes
    // Arabic and digits as a left-to-right paragraph, so the sentence comes back as its
    // right-to-left runs in the order they stand on the page: "ساعة", then "24", then the rest.
    expect(text).toMatch(/ساعة ?24 ?نرد على العميل خلال/)
    expect(text).not.toContain('42')
  })

  it('copies Vietnamese with its marks ("Thị" stays "Thị", and a later "Minh" stays "Minh")', () => {
    expect(text).toContain('Nguyễn Thị Minh Khai')
    expect(text).not.toContain('Mịnh')
  })

  it('writes the recognition line as a sentence in the PDF and in the Markdown', async () => {
    const line = '田中 美咲 — stayed on the line 40 minutes with a customer'
    expect(text).toContain(line)
    const md = await readFile(result.files.find((f) => f.path.endsWith('.md'))?.path ?? '', 'utf8')
    expect(md).toContain('**田中 美咲** — stayed on the line 40 minutes with a customer')
  })

  it('embeds only subsets of the fonts, one per script used', () => {
    const fonts = pdfFonts(pdf)
    expect(fonts.every((f) => f.embedded && /^[A-Z]{6}\+/.test(f.name))).toBe(true)
    const families = fonts.map((f) => f.name.slice(7))
    for (const family of [
      'NotoSans-Regular',
      'NotoSansHebrew-Regular',
      'NotoSansArabic-Regular',
      'NotoSansJP-Regular',
      'NotoSansKR-Regular',
      'NotoSansDevanagari-Regular',
      'NotoSansThai-Regular',
      'NotoEmoji-Regular'
    ])
      expect(families).toContain(family)
  })

  it('renders every page to an image', async () => {
    const out = path.join(folder, 'page')
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, out])
    const pages = (await readdir(folder)).filter((f) => f.startsWith('page') && f.endsWith('.png'))
    expect(pages.length).toBeGreaterThan(3)
  })
})

describe('minutes in Latin script only', () => {
  it('load no fallback font', async () => {
    const latin = await writeExports(await seedMeeting(), ['pdf'], await tempFolder())
    const names = pdfFonts(latin.files[0]?.path ?? '').map((f) => f.name)
    expect(names.every((n) => /\+NotoSans-(Regular|Bold|Italic)$/.test(n))).toBe(true)
  })
})

describe('a right-to-left paragraph long enough to wrap', () => {
  it('reads from its first line down, each line right to left', async () => {
    const words = ['שלום', 'לכולם', 'אני', 'רוצה', 'להודות', 'לכם', 'על', 'המכשיר', 'החדש']
    const story = Array.from({ length: 60 }, (_, i) => words[i % words.length]).join(' ')
    const seed = await seedMeeting()
    const meeting = { ...seed, story: { ...seed.story, text: story } }
    const written = await writeExports(meeting, ['pdf'], await tempFolder())
    const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', written.files[0]?.path ?? '', '-'], {
      encoding: 'utf8'
    })
      .split('\n')
      .map((line) => line.replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim())
    const first = lines.findIndex((line) => line.startsWith('שלום לכולם אני'))
    expect(first).toBeGreaterThan(-1)
    // The story wraps onto several lines (here across a page break), and together they give it
    // back word for word.
    const storyLines = lines
      .slice(first, first + 6)
      .filter((line) => /^[\u0590-\u05ff ]+$/.test(line))
    expect(storyLines.length).toBeGreaterThan(1)
    expect(storyLines.join(' ')).toBe(story)
  })
})

/** The words of a PDF with their left and right edges (pdftotext -bbox), in reading order. */
function wordBoxes(file: string): Array<{ text: string; left: number; right: number }> {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)
  ].map((m) => ({ text: m[3] ?? '', left: Number(m[1]), right: Number(m[2]) }))
}

describe('emoji inside sentences', () => {
  const typed = [
    'Thanks 👍🏽 team',
    'Hi 👋🏿 there 👩🏽‍💻 coder',
    'Mixed 👍🏻👍🏿 tones',
    '🎉 Start here',
    'Love ❤️ it',
    'Family 👨‍👩‍👧 here',
    'Keycap 1️⃣ and flag 🇩🇪 ok'
  ]
  let file = ''

  beforeAll(async () => {
    const seed = await seedMeeting()
    const meeting = {
      ...seed,
      ideas: seed.ideas.map((idea, i) =>
        i < typed.length ? { ...idea, text: typed[i] ?? '' } : idea
      )
    }
    const written = await writeExports(meeting, ['pdf'], await tempFolder())
    expect(written.warnings).toEqual([])
    file = written.files[0]?.path ?? ''
  }, 120_000)

  it('copy back as typed, skin tones included', () => {
    const back = readBack(file)
    for (const text of typed) expect(back).toContain(text)
  })

  it('are followed by a plain space, not a gap as wide as an emoji', () => {
    const words = wordBoxes(file)
    const after = (word: string) => {
      const i = words.findIndex((w) => w.text === word)
      const next = words[i + 1]
      return i >= 0 && next ? next.left - (words[i]?.right ?? 0) : NaN
    }
    // A space is 2.6 pt at 10 pt; the emoji font's space was 12.7 pt.
    for (const word of ['🎉', '👍🏽', '❤️', '👨‍👩‍👧', '1️⃣']) expect(after(word)).toBeLessThan(5)
  })

  it('draw a skin tone as the emoji followed by its tone swatch (two glyphs wide)', () => {
    const words = wordBoxes(file)
    const width = (text: string) => {
      const word = words.find((w) => w.text === text)
      return word ? word.right - word.left : NaN
    }
    // Merged into one run, the emoji font drew the plain emoji alone and dropped the tone.
    expect(width('👍🏽')).toBeGreaterThan(1.8 * width('🎉'))
  })
})
