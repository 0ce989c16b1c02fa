import { describe, expect, it } from 'vitest'
import type { ChainFace } from '../../../src/shared/minutes/fontChain'
import { FontPicker, SCRIPT_BLOCKS, cjkOrder } from '../../../src/shared/minutes/fontChain'
import { isolate } from '../../../src/shared/minutes/format'
import { shapeText } from '../../../src/shared/minutes/pdfTextRuns'

/** A chain whose fonts cover their script's block (and spaces/digits), like the shipped ones. */
const blockFace = (family: string, block: (cp: number) => boolean): ChainFace => ({
  family,
  meantFor: block,
  covers: (cp) => block(cp) || cp === 0x20 || (cp >= 0x30 && cp <= 0x39)
})
const chain: ChainFace[] = [
  { family: 'Latin', covers: (cp) => cp < 0x0250 || (cp >= 0x1e00 && cp <= 0x1eff) },
  blockFace('Hebrew', SCRIPT_BLOCKS.hebrew),
  blockFace('Arabic', SCRIPT_BLOCKS.arabic),
  blockFace('JP', (cp) => cp >= 0x3040 && cp <= 0x9fff),
  blockFace('Devanagari', SCRIPT_BLOCKS.devanagari),
  { ...blockFace('Emoji', SCRIPT_BLOCKS.emoji), emoji: true }
]
const picker = () => new FontPicker(chain)
const runs = (text: string) =>
  shapeText(text, picker())?.inlines.map((i) => [i.font, i.text]) ?? 'unchanged'
const visual = (text: string) =>
  shapeText(text, picker())
    ?.inlines.map((i) => i.text)
    .join('') ?? text

describe('the font fallback chain', () => {
  it('leaves text the first font draws untouched, but draws accented Latin without decomposing it', () => {
    expect(runs('Minh Khai')).toBe('unchanged')
    expect(shapeText('Nguyễn Thị', picker())?.inlines).toEqual([
      { text: 'Nguyễn Thị', font: 'Latin', fontFeatures: { ccmp: false } }
    ])
  })

  it('gives each script its own font, word by word', () => {
    expect(runs('Met 田中 美咲 at नमस्ते')).toEqual([
      ['Latin', 'Met '],
      // A space between two words goes with the word before it.
      ['JP', '田中 美咲 '],
      ['Latin', 'at '],
      ['Devanagari', 'नमस्ते']
    ])
  })

  it('never splits an Arabic word across fonts, even with Arabic punctuation in it', () => {
    const shaped = shapeText('مرحبا،', picker())
    expect(shaped?.inlines).toEqual([{ text: 'مرحبا،', font: 'Arabic' }])
  })

  it('draws a skin-tone modifier as its own run after the emoji, and a ZWJ family as one', () => {
    expect(picker().wordRuns('👍🏽')).toEqual([
      { text: '👍', family: 'Emoji' },
      { text: '🏽', family: 'Emoji' }
    ])
    expect(picker().wordRuns('👨‍👩‍👧')).toEqual([{ text: '👨‍👩‍👧', family: 'Emoji' }])
  })

  it('keeps the skin tone after its emoji in a sentence (merged, the emoji font drew the plain emoji)', () => {
    expect(runs('Thanks 👍🏽 team')).toEqual([
      ['Latin', 'Thanks '],
      ['Emoji', '👍'],
      ['Emoji', '🏽'],
      ['Latin', ' '],
      ['Latin', 'team']
    ])
    expect(runs('Hi 👩🏽‍💻')).toEqual([
      ['Latin', 'Hi '],
      ['Emoji', '👩'],
      ['Emoji', '🏽‍💻']
    ])
  })

  it('draws the space after an emoji in the text font (the emoji font has an emoji-wide space)', () => {
    expect(runs('🎉 Start')).toEqual([
      ['Emoji', '🎉'],
      ['Latin', ' '],
      ['Latin', 'Start']
    ])
    expect(runs('Love ❤️\nit')).toEqual([
      ['Latin', 'Love '],
      ['Emoji', '❤️'],
      ['Latin', '\n'],
      ['Latin', 'it']
    ])
  })

  it('knows when no font has a character', () => {
    expect(picker().draws(0x13080)).toBe(false)
    expect(picker().draws('ש'.codePointAt(0) ?? 0)).toBe(true)
  })

  it('prefers the Japanese, Korean or Chinese font the text and language call for', () => {
    expect(cjkOrder('田中 さん', 'en-US')[0]).toBe('JP')
    expect(cjkOrder('김민준', 'en-US')[0]).toBe('KR')
    expect(cjkOrder('王小明', 'zh-TW')[0]).toBe('TC')
    expect(cjkOrder('王小明', 'ja-JP')[0]).toBe('JP')
    expect(cjkOrder('王小明', 'en-US')).toEqual(['SC', 'JP', 'KR', 'TC'])
  })
})

describe('right-to-left text', () => {
  it('puts the words of a Hebrew line in visual order and aligns it right', () => {
    const shaped = shapeText('שלום עולם', picker())
    expect(shaped?.rtl).toBe(true)
    // Each word stays in typed order (fontkit lays its glyphs out right to left); the words swap.
    expect(shaped?.inlines.map((i) => i.text)).toEqual(['עולם', ' ', 'שלום'])
  })

  it('keeps numbers inside Arabic in their own order', () => {
    expect(visual('نرد خلال 24 ساعة')).toBe('ساعة 24 خلال نرد')
  })

  it('reads a Hebrew name inside an English sentence in place', () => {
    const shaped = shapeText('Call דוד כהן today', picker())
    expect(shaped?.rtl).toBe(false)
    expect(shaped?.inlines.map((i) => i.text).join('')).toBe('Call כהן דוד today')
  })

  it('keeps an English phrase inside a Hebrew idea in reading order', () => {
    expect(visual('לשלוח Google Drive מחר')).toBe('מחר Google Drive לשלוח')
  })

  it('mirrors brackets around right-to-left words', () => {
    expect(visual('שלום (עולם)')).toBe('(עולם) שלום')
  })

  it('keeps an isolated field apart from the numbers that follow it', () => {
    // Without the isolate, "6" joins the Hebrew run and is drawn to the left of the name.
    expect(visual(` · ${isolate('דוד כהן')} · 6 votes`)).toBe(' · כהן דוד · 6 votes')
  })
})
