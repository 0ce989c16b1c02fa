import { execFileSync } from 'node:child_process'
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportBaseName } from '../../../src/main/export/fileNames'
import { renderPdfDocument } from '../../../src/main/export/renderPdf'
import { writeExports } from '../../../src/main/export/writeExports'
import { minutesDocument } from '../../../src/shared/minutes/minutesDocument'
import type { PdfDocument } from '../../../src/shared/minutes/pdfTypes'
import { AppFailure } from '../../../src/shared/result'
import { seedMeeting, tempFolder } from './support'

describe('writeExports', () => {
  it('writes every chosen format, named from the title and quarter', async () => {
    const folder = await tempFolder()
    const result = await writeExports(await seedMeeting(), ['ics', 'pdf', 'md', 'csv'], folder)
    expect(result.files.map((f) => [f.format, path.basename(f.path)])).toEqual([
      ['pdf', 'Hernando’s quarterly review 2026-Q4 minutes.pdf'],
      ['md', 'Hernando’s quarterly review 2026-Q4 minutes.md'],
      ['csv', 'Hernando’s quarterly review 2026-Q4 minutes.csv'],
      ['ics', 'Hernando’s quarterly review 2026-Q4 minutes.ics']
    ])
    expect((await readdir(folder)).sort()).toHaveLength(4)
  })

  it('never overwrites: a second export gets a " (2)" suffix and the first file is untouched', async () => {
    const folder = await tempFolder()
    const meeting = await seedMeeting()
    const taken = path.join(folder, 'Hernando’s quarterly review 2026-Q4 minutes.md')
    await writeFile(taken, 'my own notes')
    const first = await writeExports(meeting, ['md'], folder)
    const second = await writeExports(meeting, ['md'], folder)
    expect(path.basename(first.files[0]?.path ?? '')).toBe(
      'Hernando’s quarterly review 2026-Q4 minutes (2).md'
    )
    expect(path.basename(second.files[0]?.path ?? '')).toBe(
      'Hernando’s quarterly review 2026-Q4 minutes (3).md'
    )
    expect(await readFile(taken, 'utf8')).toBe('my own notes')
  })

  it('refuses in plain words: no format, a missing folder, a file instead of a folder', async () => {
    const meeting = await seedMeeting()
    const folder = await tempFolder()
    await expect(writeExports(meeting, [], folder)).rejects.toThrow('Choose at least one format')
    const missing = path.join(folder, 'gone')
    await expect(writeExports(meeting, ['md'], missing)).rejects.toMatchObject({
      code: 'not_found',
      message: `The folder “${missing}” is no longer there. Choose another folder.`
    })
    const file = path.join(folder, 'a-file.txt')
    await writeFile(file, '')
    await expect(writeExports(meeting, ['md'], file)).rejects.toBeInstanceOf(AppFailure)
    await expect(writeExports(meeting, ['md'], file)).rejects.toMatchObject({
      code: 'invalid_input'
    })
  })

  it('explains a folder it may not write in', async () => {
    const folder = await tempFolder()
    const locked = path.join(folder, 'locked')
    await mkdir(locked)
    // Permissions do not stop root (as CI runs): there the folder is made immutable instead, so
    // the check runs everywhere rather than being skipped.
    const asRoot = process.getuid?.() === 0
    if (asRoot) execFileSync('chattr', ['+i', locked])
    else await chmod(locked, 0o555)
    try {
      await expect(writeExports(await seedMeeting(), ['md'], locked)).rejects.toMatchObject({
        code: 'io_error',
        message: `Northstar is not allowed to write in “${locked}”. Choose another folder.`
      })
    } finally {
      if (asRoot) execFileSync('chattr', ['-i', locked])
    }
  })
})

describe('file names', () => {
  it('are safe on every OS and keep letters in any script', () => {
    expect(exportBaseName({ title: 'Q4: "North/South" <review>?*|', quarter: '2026-Q4' })).toBe(
      'Q4 North South review 2026-Q4 minutes'
    )
    expect(exportBaseName({ title: 'Σύσκεψη Ποιότητας', quarter: '' })).toBe(
      'Σύσκεψη Ποιότητας minutes'
    )
    expect(exportBaseName({ title: '', quarter: '' })).toBe('minutes')
    expect(exportBaseName({ title: 'CON', quarter: '' })).toBe('CON minutes')
    expect(exportBaseName({ title: 'x'.repeat(300) + '😀', quarter: '' })).toHaveLength(80)
    expect(exportBaseName({ title: '...', quarter: '' })).not.toMatch(/^\.|\.$/)
  })
})

describe('the PDF adapter', () => {
  const withImage = async (src: string): Promise<PdfDocument> => {
    const doc = minutesDocument(await seedMeeting())
    return { ...doc, content: [{ image: src } as never, ...doc.content] }
  }

  it('never reads a local file named in a document (only its own fonts)', async () => {
    await expect(renderPdfDocument(await withImage('/etc/hostname'))).rejects.toThrow(
      /Access to local file denied/
    )
  })

  it('never fetches a URL named in a document', async () => {
    await expect(
      renderPdfDocument(await withImage('https://example.com/logo.png'))
    ).rejects.toThrow(/denied/)
  })
})
