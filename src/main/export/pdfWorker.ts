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

/** Meetings up to this size are rendered once in the background after the first check. */
export const WARM_UP_MAX_IDEAS = 500

let warmedUp = false

/**
 * The Minutes stage asks for a check as soon as it opens: an export is likely to follow. The first
 * time, the minutes are rendered once here and thrown away, so the fonts are parsed and the
 * meeting's words shaped (kept for the process, see pdfFontCache.ts) before Export is pressed:
 * the first export of a session then costs what later ones do. An export asked meanwhile waits for
 * it, and takes no longer than it would have. Large meetings are not rendered ahead.
 */
function warmUp(meeting: Meeting): void {
  if (warmedUp || meeting.ideas.length > WARM_UP_MAX_IDEAS) return
  warmedUp = true
  setImmediate(() => {
    renderMinutesPdf(meeting).catch(() => {
      // A failure here shows again, with its message, when the export itself runs.
    })
  })
}

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
      warmUp(job.meeting)
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
