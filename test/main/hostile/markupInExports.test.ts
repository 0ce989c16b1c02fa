import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeExports } from '../../../src/main/export/writeExports'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { collapse, pdfText } from '../export/support'
import { applyAll, newMeeting, tempDir, testContext } from '../storage/support'

const IDEA = '<img src=x onerror=window.__pwned=1>'
const TITLE = '<script>alert(1)</script> ../../Q4'
const ACTION = '<b>Bold</b> & <a href="javascript:alert(1)">click</a>'

function markupMeeting(): Meeting {
  const ctx = testContext()
  const meeting = newMeeting(TITLE, ctx)
  const departmentId = meeting.departments[0]!.id
  const withIdea = applyAll(
    meeting,
    [{ type: 'idea.add', roundId: meeting.rounds[0]!.id, departmentId, text: IDEA }],
    ctx
  )
  return applyAll(
    withIdea,
    [
      {
        type: 'action.add',
        what: ACTION,
        owner: '<i>Maria</i>',
        departmentId,
        dueDate: '2027-01-15',
        priority: 'high',
        customerBenefit: '"><svg onload=alert(1)>',
        metric: { kind: 'nps', customName: '', baseline: '31', target: '40', measureOn: '' },
        sourceIdeaIds: [withIdea.ideas[0]!.id]
      }
    ],
    ctx
  )
}

describe('text that looks like markup, in the exported minutes', () => {
  it('is printed literally in the PDF, escaped in Markdown, and cannot steer the file name', async () => {
    const folder = await tempDir('northstar-markup-export-')
    const { files } = await writeExports(markupMeeting(), ['pdf', 'md', 'csv'], folder)
    // The title's "../" does not lead the files out of the chosen folder.
    expect((await readdir(folder)).sort()).toEqual(files.map((f) => path.basename(f.path)).sort())
    for (const file of files) expect(path.dirname(file.path)).toBe(folder)

    const pdf = collapse(pdfText(files.find((f) => f.format === 'pdf')!.path))
    for (const text of [
      IDEA,
      ACTION,
      '<i>Maria</i>',
      '"><svg onload=alert(1)>',
      '<script>alert(1)</script>'
    ]) {
      expect(pdf).toContain(text)
    }

    const md = await readFile(files.find((f) => f.format === 'md')!.path, 'utf8')
    // Every "<" is escaped, so a Markdown viewer shows the text instead of making elements.
    expect(md).not.toMatch(/(^|[^\\])</m)
    expect(md).toContain('\\<img src=x onerror=window.\\_\\_pwned=1\\>')

    const csv = await readFile(files.find((f) => f.format === 'csv')!.path, 'utf8')
    expect(csv).toContain(ACTION.replaceAll('"', '""'))
  })
})
