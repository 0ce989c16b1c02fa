import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { meetingSchema } from '../../../src/shared/meeting/schema'

/** A fresh temp folder for one test's files. */
export const tempFolder = () => mkdtemp(path.join(os.tmpdir(), 'northstar-export-'))

/** The committed seed-000 meeting file, validated. */
export async function seedMeeting(): Promise<Meeting> {
  const raw: unknown = JSON.parse(await readFile('test/fixtures/seed000.meeting.json', 'utf8'))
  return meetingSchema.parse(raw)
}

/** The PDF's text in content order (pdftotext -raw), whitespace collapsed so wrapped lines join. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}

/**
 * Whitespace collapsed. A line pdfmake broke after a hyphen or a slash ("customer-", "</") joins
 * the next without a space: the break was not a space in the text.
 */
export const collapse = (text: string) => text.replace(/(\S[-/])\n/g, '$1').replace(/\s+/g, ' ')

/** `pdffonts` rows: name and whether the font is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' })
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.trim().split(/\s+/)
      // Columns from the right: object ID (2 cells), uni, sub, emb.
      return { name: cells[0] ?? '', embedded: cells[cells.length - 5] === 'yes' }
    })
}

/** A `pdfinfo` field, e.g. "Pages" or "Title". */
export function pdfInfo(file: string, field: string): string {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' })
  const line = out.split('\n').find((l) => l.startsWith(`${field}:`))
  return line ? line.slice(field.length + 1).trim() : ''
}
