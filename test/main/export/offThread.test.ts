import { afterAll, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  renderMinutesPdfOffThread,
  stopPdfWorker,
  undrawableInPdfOffThread
} from '../../../src/main/export/pdfWorkerClient'
import { writeExports } from '../../../src/main/export/writeExports'
import { buildLargeMeeting } from '../../../scripts/fixtures/largeMeeting'
import { collapse, pdfText, seedMeeting, tempFolder } from './support'

afterAll(() => stopPdfWorker())

describe('exporting during a meeting', () => {
  it('keeps the main process answering while a 2,000-idea PDF renders', async () => {
    const meeting = buildLargeMeeting({ ideas: 2000, actions: 200 })
    let last = performance.now()
    let longestPause = 0
    const ticker = setInterval(() => {
      const now = performance.now()
      longestPause = Math.max(longestPause, now - last)
      last = now
    }, 5)
    try {
      await writeExports(meeting, ['pdf'], await tempFolder())
    } finally {
      clearInterval(ticker)
    }
    // A loop blocked until the end never ran the ticker: count the gap up to now as well.
    longestPause = Math.max(longestPause, performance.now() - last)
    // Rendering in-process blocks the event loop for seconds (~2,600 ms here); on the worker, only
    // the hand-over of the meeting and of the bytes happens here. Generous for a noisy machine.
    expect(longestPause).toBeLessThan(500)
  })

  it('survives the worker being stopped: the next export starts a new one', async () => {
    const meeting = await seedMeeting()
    await writeExports(meeting, ['pdf'], await tempFolder())
    await stopPdfWorker()
    const again = await writeExports(meeting, ['pdf'], await tempFolder())
    expect(again.files).toHaveLength(1)
  })

  it('runs several exports at once, each getting its own file', async () => {
    const meeting = await seedMeeting()
    const folder = await tempFolder()
    const results = await Promise.all([1, 2, 3].map(() => writeExports(meeting, ['pdf'], folder)))
    const paths = results.map((r) => r.files[0]?.path)
    expect(new Set(paths).size).toBe(3)
  })

  it('exports right after the Minutes stage check, while the worker renders ahead, as without it', async () => {
    const meeting = await seedMeeting()
    const folder = await tempFolder()
    const textOf = async (name: string, bytes: Buffer) => {
      const file = path.join(folder, name)
      await writeFile(file, bytes)
      return collapse(pdfText(file))
    }
    await stopPdfWorker()
    const plain = await textOf('plain.pdf', (await renderMinutesPdfOffThread(meeting)).bytes)
    await stopPdfWorker()
    // The check starts a background render of these minutes in the new worker; the export waits for it.
    expect(await undrawableInPdfOffThread(meeting)).toEqual([])
    const [first, second] = await Promise.all([
      renderMinutesPdfOffThread(meeting),
      renderMinutesPdfOffThread(meeting)
    ])
    expect(await textOf('first.pdf', first.bytes)).toBe(plain)
    expect(await textOf('second.pdf', second.bytes)).toBe(plain)
  })
})
