import { parentPort } from 'node:worker_threads'
import type { Meeting } from '../../shared/meeting/schema'
import type { UndrawableCharacter } from '../../shared/minutes/glyphCoverage'
import { pdfReadyMeeting, renderMinutesPdf } from './renderPdf'

/** A request to the PDF worker (render the minutes, or only list what they could not draw), and its answer. */
export interface PdfJob {
  id: number
  kind: 'render' | 'check'
  meeting: Meeting
}
export type PdfJobResult =
  | { id: number; ok: true; bytes: Uint8Array; warnings: string[] }
  | { id: number; ok: true; undrawable: UndrawableCharacter[] }
  | { id: number; ok: false; message: string }

/**
 * The PDF worker thread: pdfmake lays a document out synchronously (seconds for thousands of ideas),
 * so it runs here instead of in the main process, whose event loop must keep answering the
 * facilitator's captures while the minutes are exported.
 */
parentPort?.on('message', (job: PdfJob) => {
  if (job.kind === 'check') {
    // Reading the fonts' character maps only: no layout, nothing written.
    try {
      const { undrawable } = pdfReadyMeeting(job.meeting)
      parentPort?.postMessage({ id: job.id, ok: true, undrawable } satisfies PdfJobResult)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      parentPort?.postMessage({ id: job.id, ok: false, message } satisfies PdfJobResult)
    }
    return
  }
  renderMinutesPdf(job.meeting).then(
    ({ bytes, warnings }) => {
      // A copy with its own buffer can be transferred instead of cloned.
      const owned = new Uint8Array(bytes)
      const result: PdfJobResult = { id: job.id, ok: true, bytes: owned, warnings }
      parentPort?.postMessage(result, [owned.buffer])
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      parentPort?.postMessage({ id: job.id, ok: false, message } satisfies PdfJobResult)
    }
  )
})
