import { performance } from 'node:perf_hooks'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { allFontPaths, fontFamilies } from '../../src/main/export/fonts'
import { renderMinutesPdfOffThread, stopPdfWorker } from '../../src/main/export/pdfWorkerClient'
import { minutesDefinition } from '../../src/main/export/renderPdf'
import type { Meeting } from '../../src/shared/meeting/schema'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { multiscriptMeeting } from '../fixtures/multiscript'
import type { Benchmark, Measured } from './types'

/** pdfmake in this process, with the same font families and deny-everything access policies. */
function configureBarePdfmake(): void {
  const allowed = allFontPaths()
  pdfmake.setFonts(fontFamilies())
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path))
}

/**
 * The baseline: bare pdfmake rendering the very document definition the app renders (same cover,
 * table of contents, keep-together layout, styles, fonts and font runs), in this process. Only
 * pdfmake's own work is timed: the definition is built first (pdfmake changes a definition while
 * laying it out, so each sample gets a fresh one).
 */
async function bareRender(meeting: Meeting): Promise<Measured> {
  const definition = minutesDefinition(meeting).doc as unknown as TDocumentDefinitions
  const start = performance.now()
  await pdfmake.createPdf(definition).getBuffer()
  return { measuredMs: performance.now() - start }
}

/**
 * Samples are taken after warm-up exports (the worker's first export also loads its code and parses
 * the fonts: a one-off cost per app session). The app keeps the parsed fonts and shaped words
 * between exports (src/main/export/pdfFontCache.ts); bare pdfmake parses the fonts and shapes every
 * word again for each document, which is what an export cost before that cache.
 */
function pdfBenchmark(
  id: string,
  build: () => Meeting,
  described: string,
  samples: number,
  warmup = 2
): Benchmark {
  let meeting: Meeting
  return {
    id,
    note: `Export of ${described} to PDF minutes as the app does it (on the PDF worker thread: glyph check, font runs and bidi, minutes document, pdfmake with the fonts parsed and words shaped once per process, bytes back), after ${warmup} warm-up export(s); baseline: bare pdfmake in this process rendering the same document definition (same table of contents, layout and fonts), which parses the fonts and shapes the words for each document.`,
    samples,
    warmup,
    setup: () => {
      meeting = build()
      configureBarePdfmake()
      return Promise.resolve()
    },
    teardown: () => stopPdfWorker(),
    run: () => renderMinutesPdfOffThread(meeting),
    baseline: () => bareRender(meeting)
  }
}

const sized = (ideas: number, actions: number) => () => buildLargeMeeting({ ideas, actions })

export const benchmarks: Benchmark[] = [
  pdfBenchmark('pdf.60ideas', sized(60, 10), 'a 60-idea, 10-action meeting', 15),
  pdfBenchmark(
    'pdf.multiscript',
    () => multiscriptMeeting(buildLargeMeeting({ ideas: 60, actions: 10 })),
    'the same 60-idea meeting with names and ideas in Hebrew, Arabic, Chinese, Japanese, Korean, Devanagari, Thai, Vietnamese and emoji',
    15
  ),
  // Fewer samples and one warm-up for the large meetings, so the run ends in minutes.
  pdfBenchmark('pdf.2000ideas', sized(2000, 200), 'a 2,000-idea, 200-action meeting', 5, 1),
  pdfBenchmark('pdf.5000ideas', sized(5000, 200), 'a 5,000-idea, 200-action meeting', 3, 1)
]
