import { parentPort } from 'node:worker_threads'
import type { Meeting } from '../../shared/meeting/schema'
import { renderMinutesPdf } from './renderPdf'

/** A request to the PDF worker, and its answer. */
export interface PdfJob {
  id: number
  meeting: Meeting
}
export type PdfJobResult =
  | { id: number; ok: true; bytes: Uint8Array; warnings: string[] }
  | { id: number; ok: false; message: string }

/**
 * The PDF worker thread: pdfmake lays a document out synchronously (seconds for thousands of ideas),
 * so it runs here instead of in the main process, whose event loop must keep answering the
 * facilitator's captures while the minutes are exported.
 */
parentPort?.on('message', (job: PdfJob) => {
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
